package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The solver beans and service without the rest of the application. */
@SpringJUnitConfig({CalendarSolverConfiguration.class, CalendarSolverService.class})
@TestPropertySource(properties = {"planning.calendar.spent-limit=PT3S", "planning.calendar.unimproved-spent-limit=PT1S"})
class CalendarSolverServiceTest {

    @Autowired
    CalendarSolverService service;

    private final Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, 0);

    @Test
    void solvesWithLiveBestPlansAndEndsFeasible() throws Exception {
        List<CalendarPlan> best = new CopyOnWriteArrayList<>();
        CompletableFuture<CalendarPlan> done = new CompletableFuture<>();
        var job = service.solve(new CalendarSolverService.Request(battalion), best::add, done::complete);
        CalendarPlan plan = done.get(20, TimeUnit.SECONDS);
        assertThat(best).isNotEmpty();
        assertThat(plan.feasible()).as(plan.score()).isTrue();
        assertThat(plan.exercises()).hasSize(battalion.exercises().size());
        assertThat(plan.conferences()).hasSize(3 * battalion.exercises().size());
        long deadline = System.currentTimeMillis() + 5_000; // the job winds down just after the final plan
        while (service.status(job) != SolverStatus.NOT_SOLVING && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(service.status(job)).isEqualTo(SolverStatus.NOT_SOLVING);

        var explanation = service.explain(new CalendarSolverService.Request(battalion, java.util.Map.of(),
                plan.exercises(), ConferenceSchedule.DEFAULT));
        assertThat(explanation).noneMatch(ConstraintExplanation::hard);
        assertThat(explanation).extracting(ConstraintExplanation::constraint).contains("Short travel");
    }

    @Test
    void stopEndsASolveEarly() throws Exception {
        CompletableFuture<CalendarPlan> done = new CompletableFuture<>();
        var job = service.solve(new CalendarSolverService.Request(
                ScenarioGenerator.generate(Scale.BRIGADE, 0)), plan -> { }, done::complete);
        Thread.sleep(300);
        service.stop(job);
        assertThat(done.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void explainsAHandMadePlanThatBreaksHardRules() {
        Scenario.Exercise first = battalion.exercises().get(0);
        var clash = List.of(new PlannedExercise(first.id(), first.earliestStart(), null, "ILI", List.of("KAZ-1")));
        var lines = service.explain(new CalendarSolverService.Request(battalion, java.util.Map.of(), clash,
                ConferenceSchedule.DEFAULT));
        assertThat(lines).filteredOn(ConstraintExplanation::hard).extracting(ConstraintExplanation::constraint)
                .contains("Minimum companies");
    }
}
