package org.jmatu.planner.planning.courses.ui;

import org.jmatu.planner.scenario.Scenario;

/** How the courses view names an officer: name, rank and nominee id (two "Chen Jun OF-4" differ by id). */
final class CoursesTexts {

    private CoursesTexts() {
    }

    static String officer(Scenario.Person person) {
        return person.name() + " " + person.rank() + " · " + person.id();
    }
}
