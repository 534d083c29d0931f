package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

    @Test
    void aPinnedAttendeeHoldsAPinnedSeatAndAForbiddenOneIsNoCandidate() {
        RotationSolution solution = RotationMapper.toSolution(CourseScenarios.learners(List.of(
                new Scenario.PinnedSeat("ENG-A", "KAZ-L3", true), new Scenario.PinnedSeat("ENG-A", "KAZ-L1", false))));

        assertThat(solution.getSeats()).hasSize(2).allSatisfy(seat -> assertThat(seat.getCandidates())
                .extracting(person -> person.id()).containsExactly("KAZ-L2", "KAZ-L3"));
        assertThat(solution.getSeats()).filteredOn(CourseSeat::isPinned).singleElement()
                .satisfies(seat -> assertThat(seat.getPerson().id()).isEqualTo("KAZ-L3"));
    }

    @Test
    void theSolveKeepsTheDecisionsAndStillFillsEverySlot() {
        RotationPlan plan = RotationStandaloneSolver.solve(RotationSolveRequest.of(CourseScenarios.learners(List.of(
                        new Scenario.PinnedSeat("ENG-A", "KAZ-L3", true),
                        new Scenario.PinnedSeat("ENG-A", "KAZ-L1", false))),
                new SolveLimits(Duration.ofSeconds(10), Duration.ofSeconds(5))), SolveProgress.unwatched());

        assertThat(plan.score()).startsWith("0hard/0medium");
        assertThat(plan.courseSeats()).extracting(RotationPlan.SeatRow::person)
                .containsExactlyInAnyOrder("KAZ-L2", "KAZ-L3");
    }

    @Test
    void aSavedRostersAttendeesGoBackInTheirSeats() {
        RotationSolution solution = RotationMapper.toSolution(CourseScenarios.learners(List.of()));
        RotationMapper.applySeats(solution, List.of(new RotationPlan.SeatRow("ENG-A", "KAZ-L1"),
                new RotationPlan.SeatRow("ENG-A", "KAZ-L1"), new RotationPlan.SeatRow("ENG-X", "KAZ-L2")));

        assertThat(RotationMapper.toPlan(solution).courseSeats())
                .containsExactly(new RotationPlan.SeatRow("ENG-A", "KAZ-L1"));
    }
}
