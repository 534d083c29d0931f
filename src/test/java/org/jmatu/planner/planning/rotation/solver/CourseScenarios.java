package org.jmatu.planner.planning.rotation.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.scenario.Scenario;

/** Small scenarios with English courses, for the solver's, the views' and the API's tests. */
public final class CourseScenarios {

    private CourseScenarios() {
    }

    /** Issue 19's example: two Kazakh-only posts need English 3 from 2027-H2; three nominees have English 2. */
    public static Scenario learners(List<Scenario.PinnedSeat> decisions) {
        List<Scenario.Post> posts = new ArrayList<>();
        for (String id : List.of("KAZ-EN-1", "KAZ-EN-2")) {
            posts.add(new Scenario.Post(id, "English-speaking counterpart", "J5 Plans", "OF-3", "OF-3",
                    List.of("COUNTERPART"), 3, new Scenario.Sourcing("FIXED", List.of("KAZ"), null, null), 1, 2, null));
        }
        List<Scenario.Person> people = new ArrayList<>();
        for (String id : List.of("KAZ-L1", "KAZ-L2", "KAZ-L3")) {
            people.add(new Scenario.Person(id, "Learner " + id, "KAZ", "OF-3", List.of("COUNTERPART"), 2,
                    LocalDate.of(2026, 1, 1), LocalDate.of(2031, 12, 31)));
        }
        return new Scenario(Scenario.FORMAT, "Courses", new Scenario.Horizon(LocalDate.of(2027, 1, 1), 6, 4, 14),
                List.of(new Scenario.Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 4, 1.0)), posts, people,
                List.of(), List.of(), List.of(), List.of(), List.of(),
                new Scenario.Pinned(List.of(), List.of(), decisions),
                List.of(new Scenario.LanguageCourse("ENG-A", "English 2 to 3", LocalDate.of(2027, 1, 11),
                        LocalDate.of(2027, 5, 28), 2, 2, 3, List.of("KAZ"))));
    }
}
