package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.support.SolveLimits;
import org.jmatu.planner.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A planner's decisions on course places hold through the roster solve: a pinned attendee keeps a pinned seat,
 * a forbidden one is no candidate; a saved roster's attendees are put back in their seats.
 */
class CourseDecisionsTest {

    /** Issue 19's example: two Kazakh-only posts need English 3 from 2027-H2; three nominees have English 2. */
    static Scenario learners(List<Scenario.PinnedSeat> decisions) {
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

    @Test
    void aPinnedAttendeeHoldsAPinnedSeatAndAForbiddenOneIsNoCandidate() {
        RotationSolution solution = RotationMapper.toSolution(learners(List.of(
                new Scenario.PinnedSeat("ENG-A", "KAZ-L3", true), new Scenario.PinnedSeat("ENG-A", "KAZ-L1", false))));

        assertThat(solution.getSeats()).hasSize(2).allSatisfy(seat -> assertThat(seat.getCandidates())
                .extracting(person -> person.id()).containsExactly("KAZ-L2", "KAZ-L3"));
        assertThat(solution.getSeats()).filteredOn(CourseSeat::isPinned).singleElement()
                .satisfies(seat -> assertThat(seat.getPerson().id()).isEqualTo("KAZ-L3"));
    }

    @Test
    void theSolveKeepsTheDecisionsAndStillFillsEverySlot() {
        RotationPlan plan = RotationStandaloneSolver.solve(RotationSolveRequest.of(learners(List.of(
                        new Scenario.PinnedSeat("ENG-A", "KAZ-L3", true),
                        new Scenario.PinnedSeat("ENG-A", "KAZ-L1", false))),
                new SolveLimits(Duration.ofSeconds(5), Duration.ofSeconds(2))), SolveProgress.unwatched());

        assertThat(plan.score()).startsWith("0hard/0medium");
        assertThat(plan.courseSeats()).extracting(RotationPlan.SeatRow::person)
                .containsExactlyInAnyOrder("KAZ-L2", "KAZ-L3");
    }

    @Test
    void aSavedRostersAttendeesGoBackInTheirSeats() {
        RotationSolution solution = RotationMapper.toSolution(learners(List.of()));
        RotationMapper.applySeats(solution, List.of(new RotationPlan.SeatRow("ENG-A", "KAZ-L1"),
                new RotationPlan.SeatRow("ENG-A", "KAZ-L1"), new RotationPlan.SeatRow("ENG-X", "KAZ-L2")));

        assertThat(RotationMapper.toPlan(solution).courseSeats())
                .containsExactly(new RotationPlan.SeatRow("ENG-A", "KAZ-L1"));
    }
}
