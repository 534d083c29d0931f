package org.jmatu.planner.planning.calendar.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.AreaFact;
import org.jmatu.planner.planning.calendar.domain.CalendarHorizon;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.CompanyFact;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.domain.PlanningConference;
import org.jmatu.planner.planning.calendar.domain.RosterCoverage;
import org.jmatu.planner.planning.calendar.domain.Span;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;

class CalendarMapperTest {

    private final Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, 0);

    @Test
    void buildsOneAssignmentPerExerciseWithDailyStartsInsideTheWindow() {
        CalendarSolution solution = CalendarMapper.toSolution(battalion);
        assertThat(solution.getAssignments()).hasSize(battalion.exercises().size());
        ExerciseAssignment first = solution.getAssignments().get(0);
        Scenario.Exercise exercise = battalion.exercises().get(0);
        assertThat(first.getStartRange()).first().isEqualTo(exercise.earliestStart());
        assertThat(first.getStartRange()).last()
                .isEqualTo(exercise.latestEnd().minusDays(exercise.durationDays() - 1L));
        assertThat(first.isPinned()).isFalse();
        assertThat(solution.getParticipations()).hasSize(battalion.exercises().size() * battalion.companies().size());
    }

    @Test
    void mergesAttachedPeriodsAndAddsEquipmentCapabilitiesAndStandards() {
        CalendarHorizon horizon = new CalendarHorizon(LocalDate.of(2027, 1, 1), 6, 6);
        assertThat(CalendarMapper.attachedSpans(horizon, List.of(0, 1, 3)))
                .containsExactly(new Span(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                        new Span(LocalDate.of(2028, 7, 1), LocalDate.of(2028, 12, 31)));
        CompanyFact engineers = CalendarMapper.toSolution(battalion).getCompanies().stream()
                .filter(c -> c.id().equals("KAZ-2")).findFirst().orElseThrow();
        assertThat(engineers.capabilities()).contains("ENGINEER");
        assertThat(engineers.standards()).containsExactly("SOVIET");
    }

    @Test
    void pinsNarrowTheRangesAndPinBothWhenDatesAndAreaAreFixed() {
        Scenario pinned = withPins(List.of(
                new Scenario.PinnedExercise("CFX-2027-1", LocalDate.of(2027, 4, 5), "ILI"),
                new Scenario.PinnedExercise("CFX-2027-2", null, "FORISH")));
        CalendarSolution solution = CalendarMapper.toSolution(pinned);
        ExerciseAssignment both = solution.getAssignments().get(0);
        assertThat(both.isPinned()).isTrue();
        assertThat(both.getStart()).isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(both.getArea().id()).isEqualTo("ILI");
        ExerciseAssignment areaOnly = solution.getAssignments().get(1);
        assertThat(areaOnly.isPinned()).isFalse();
        assertThat(areaOnly.getAreaRange()).extracting(AreaFact::id).containsExactly("FORISH");
        assertThat(areaOnly.getStartRange()).hasSizeGreaterThan(1);
    }

    @Test
    void refusesAPinToAnUnknownArea() {
        Scenario pinned = withPins(List.of(new Scenario.PinnedExercise("CFX-2027-1", null, "NOWHERE")));
        assertThatThrownBy(() -> CalendarMapper.toSolution(pinned)).hasMessageContaining("NOWHERE");
    }

    @Test
    void refusesAPinToAnUnknownExercise() {
        Scenario pinned = withPins(List.of(new Scenario.PinnedExercise("CFX-1999-1", null, "ILI")));
        assertThatThrownBy(() -> CalendarMapper.toSolution(pinned)).hasMessageContaining("pinned.exercises")
                .hasMessageContaining("CFX-1999-1");
    }

    @Test
    void planRowsEndOnStartPlusDurationMinusOneAndBringThreeConferences() {
        Scenario.Exercise exercise = battalion.exercises().get(0);
        PlannedExercise row = new PlannedExercise(exercise.id(), LocalDate.of(2027, 4, 5), null, "ILI",
                List.of("KAZ-1", "KGZ-1", "UZB-1"));
        CalendarSolution solution = CalendarMapper.toSolution(battalion, Map.of(), List.of(row));
        CalendarPlan plan = CalendarMapper.toPlan(solution, new ConferenceSchedule(10, 6, 2));
        PlannedExercise planned = plan.row(exercise.id());
        assertThat(planned.end()).isEqualTo(LocalDate.of(2027, 4, 5).plusDays(exercise.durationDays() - 1L));
        assertThat(planned.companies()).containsExactly("KAZ-1", "KGZ-1", "UZB-1");
        assertThat(plan.conferences()).filteredOn(c -> c.exercise().equals(exercise.id()))
                .extracting(PlanningConference::date)
                .containsExactly(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 22));
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith("No HQ roster"));
    }

    @Test
    void flagsYearsWithFewerThanTwoExercises() {
        Scenario thin = new Scenario(battalion.format(), battalion.name(), battalion.horizon(), battalion.nations(),
                List.of(), List.of(), battalion.equipmentTypes(), battalion.companies(), battalion.trainingAreas(),
                battalion.exercises().stream().filter(e -> !e.id().equals("CFX-2028-2")).toList(), battalion.blackouts(),
                null);
        CalendarPlan plan = CalendarMapper.toPlan(CalendarMapper.toSolution(thin), ConferenceSchedule.DEFAULT);
        assertThat(plan.thinYears()).containsExactly(new CalendarPlan.ThinYear(2028, 1));
    }

    @Test
    void rosterCoverageBecomesOneFactPerPeriod() {
        CalendarSolution solution = CalendarMapper.toSolution(battalion,
                Map.of(0, Set.of("SOVIET"), 1, Set.of("SOVIET", "NATO")), List.of());
        assertThat(solution.getRosterCoverage()).extracting(RosterCoverage::period).containsExactly(0, 1);
        assertThat(solution.getRosterCoverage().get(1).from()).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    private Scenario withPins(List<Scenario.PinnedExercise> pins) {
        return new Scenario(battalion.format(), battalion.name(), battalion.horizon(), battalion.nations(), List.of(),
                List.of(), battalion.equipmentTypes(), battalion.companies(), battalion.trainingAreas(),
                battalion.exercises(), battalion.blackouts(), new Scenario.Pinned(List.of(), pins));
    }
}
