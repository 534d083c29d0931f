package org.jmatu.planner.check;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Period;

/** Hard rules 17–18 of docs/file-formats.md: language course places, and holding no post while away on a course. */
final class CourseRules {

    private final ScenarioIndex index;
    private final Attendance attendance;
    private final List<Violation> violations;

    private CourseRules(ScenarioIndex index, Attendance attendance, List<Violation> violations) {
        this.index = index;
        this.attendance = attendance;
        this.violations = violations;
    }

    static void check(ScenarioIndex index, Plan plan, Attendance attendance, List<Violation> violations) {
        CourseRules rules = new CourseRules(index, attendance, violations);
        rules.coursePlaces(plan);
        rules.awayOnACourse(plan);
    }

    private void coursePlaces(Plan plan) {
        Map<String, Set<String>> attendees = new LinkedHashMap<>();
        for (Plan.CourseSeat seat : plan.courseSeats()) {
            Scenario.LanguageCourse course = index.courses.get(seat.course());
            Scenario.Person person = index.people.get(seat.person());
            if (course == null || person == null) {
                continue; // a structure problem, reported there
            }
            if (!attendees.computeIfAbsent(course.id(), key -> new TreeSet<>()).add(person.id())) {
                report(course.id() + " lists " + person.id() + " more than once");
                continue;
            }
            if (course.nations() != null && !course.nations().contains(person.nation())) {
                report(course.id() + " is open to " + String.join(", ", course.nations()) + ", but " + person.id()
                        + " is a national of " + person.nation());
            }
            int before = attendance.english(person, course.start().minusDays(1));
            if (before < course.fromLevel() || before >= course.toLevel()) {
                report(course.id() + " takes English " + course.fromLevel() + " to " + course.toLevel() + ", but "
                        + person.id() + " has English " + before + " when it starts");
            }
        }
        attendees.forEach((id, people) -> {
            Scenario.LanguageCourse course = index.courses.get(id);
            if (people.size() > course.seats()) {
                report(id + " has " + people.size() + " attendees for " + course.seats() + " seats");
            }
        });
        attendance.byPerson().forEach((person, courses) -> {
            for (Scenario.LanguageCourse first : courses) {
                for (Scenario.LanguageCourse second : courses) {
                    if (first.id().compareTo(second.id()) < 0 && overlap(first, second.start(), second.end())) {
                        report(person + " attends " + first.id() + " and " + second.id() + ", whose days overlap");
                    }
                }
            }
        });
    }

    private void awayOnACourse(Plan plan) {
        int handover = index.scenario.horizon().handoverDays();
        for (Plan.RotationRow row : plan.rotation()) {
            if (row.person() == null || !index.validPeriod(row.period())) {
                continue;
            }
            Period period = index.periods.get(row.period());
            LocalDate from = period.start().minusDays(handover);
            for (Scenario.LanguageCourse course : attendance.coursesOf(row.person())) {
                if (overlap(course, from, period.end())) {
                    violations.add(new Violation(HardRule.AWAY_ON_A_COURSE, index.period(row.period()) + ": "
                            + row.post() + " is held by " + row.person() + ", who is on " + course.id() + " ("
                            + course.start() + " – " + course.end() + ") during the period or its hand-over"));
                }
            }
        }
    }

    private static boolean overlap(Scenario.LanguageCourse course, LocalDate from, LocalDate to) {
        return !course.start().isAfter(to) && !course.end().isBefore(from);
    }

    private void report(String detail) {
        violations.add(new Violation(HardRule.COURSE_PLACES, detail));
    }
}
