package org.jmatu.planner.planning.rotation.domain;

import java.util.List;

/**
 * The rotation part of a plan file (docs/file-formats.md): one row per active slot, person or null, a gap with
 * a reason for every unfilled slot, and who attends which English course.
 */
public record RotationPlan(String format, String scenario, String score, List<PlanRow> rotation, List<Gap> gaps,
                           List<SeatRow> courseSeats) {

    public static final String FORMAT = "jmatu-plan/1";

    public RotationPlan {
        courseSeats = courseSeats == null ? List.of() : List.copyOf(courseSeats);
    }

    /** A roster that sends nobody on a course. */
    public RotationPlan(String format, String scenario, String score, List<PlanRow> rotation, List<Gap> gaps) {
        this(format, scenario, score, rotation, gaps, List.of());
    }

    /** A place on an English course and its attendee. */
    public record SeatRow(String course, String person) {
    }

    public boolean feasible() {
        return score != null && score.startsWith("0hard");
    }
}
