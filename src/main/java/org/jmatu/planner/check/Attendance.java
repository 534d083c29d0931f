package org.jmatu.planner.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;

/**
 * Who attends which language course, from the plan's course seats that name a known course and person (each
 * seat once; a repeated seat is rule 17's to report), and the English level that follows from it.
 */
final class Attendance {

    private final Map<String, List<Scenario.LanguageCourse>> byPerson = new LinkedHashMap<>();

    Attendance(ScenarioIndex index, Plan plan) {
        Set<String> seen = new HashSet<>();
        for (Plan.CourseSeat seat : plan.courseSeats()) {
            Scenario.LanguageCourse course = index.courses.get(seat.course());
            if (course != null && index.people.containsKey(seat.person())
                    && seen.add(seat.course() + "|" + seat.person())) {
                byPerson.computeIfAbsent(seat.person(), key -> new ArrayList<>()).add(course);
            }
        }
    }

    List<Scenario.LanguageCourse> coursesOf(String person) {
        return byPerson.getOrDefault(person, List.of());
    }

    Map<String, List<Scenario.LanguageCourse>> byPerson() {
        return byPerson;
    }

    /** The person's English, raised to the level of each course they attend that ends on or before {@code by}. */
    int english(Scenario.Person person, LocalDate by) {
        int level = person.english();
        for (Scenario.LanguageCourse course : coursesOf(person.id())) {
            if (!course.end().isAfter(by)) {
                level = Math.max(level, course.toLevel());
            }
        }
        return level;
    }
}
