package org.jmatu.planner.check;

/** The hard rules of docs/file-formats.md, numbered and named as there, plus the plan file's own structure. */
public enum HardRule {
    STRUCTURE(0, "Plan structure"),
    ACTIVE_SLOTS(1, "Active slots"),
    QUALIFIED(2, "Qualified"),
    AVAILABLE(3, "Available"),
    ONE_POST_AT_A_TIME(4, "One post at a time"),
    SOURCING(5, "Sourcing"),
    KEY_GROUPS(6, "Key groups"),
    NATIONAL_HANDOVER(7, "National hand-over of rotating posts"),
    TOUR_LIMIT(8, "Tour limit"),
    ROTATION_PINS(9, "Pins"),
    WINDOW(10, "Window"),
    AREA_OPEN(11, "Area open"),
    AREA_CAPACITY(12, "Area capacity and exclusivity"),
    PARTICIPATION(13, "Participation"),
    CAPABILITIES(14, "Capabilities"),
    BLACKOUTS(15, "Blackouts"),
    EXERCISE_PINS(16, "Pins"),
    COURSE_PLACES(17, "Course places"),
    AWAY_ON_A_COURSE(18, "Away on a course");

    private final int number;
    private final String title;

    HardRule(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** The rule's number in docs/file-formats.md; 0 for the plan's structure, which is not a numbered rule. */
    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** "Rule 6 Key groups", or "Plan structure". */
    public String heading() {
        return number == 0 ? title : "Rule " + number + " " + title;
    }
}
