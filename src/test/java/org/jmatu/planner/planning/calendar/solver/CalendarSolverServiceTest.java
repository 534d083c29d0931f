package org.jmatu.planner.planning.calendar.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.jobs.SolveState;
import org.jmatu.planner.planning.support.SolveLimits;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The solver service and the background jobs. The jobs keep their state in the database (the solve table), so this
 * runs in the application with a context of its own: no other test's calendar solve holds the data set's key.
 */
@SpringBootTest(properties = {"planner.test.context=calendar-solver", "planning.calendar.spent-limit=PT20S",
        "planning.calendar.unimproved-spent-limit=PT3S"})
class CalendarSolverServiceTest {

    @Autowired
    CalendarSolverService service;

    private final Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, 0);

    @Test
    void solvesInTheBackgroundWithLiveScoresAndEndsFeasible() throws Exception {
        List<String> scores = new CopyOnWriteArrayList<>();
        CompletableFuture<SolveJob<CalendarPlan>> ended = new CompletableFuture<>();
        service.solves().watch(job -> {
            job.score().ifPresent(scores::add);
            if (!job.active()) {
                ended.complete(job);
            }
        });
        SolveJob<CalendarPlan> job = service.start(new CalendarSolveRequest(battalion));

        assertThat(ended.get(60, TimeUnit.SECONDS)).isSameAs(job);
        assertThat(job.state()).isEqualTo(SolveState.FINISHED);
        assertThat(scores).isNotEmpty();
        assertThat(service.solves().newest()).contains(job);
        CalendarPlan plan = job.best().orElseThrow();
        assertThat(plan.feasible()).as(plan.score()).isTrue();
        assertThat(plan.exercises()).hasSize(battalion.exercises().size());
        assertThat(plan.conferences()).hasSize(3 * battalion.exercises().size());

        var explanation = service.explain(new CalendarSolveRequest(battalion, Map.of(), plan.exercises(),
                ConferenceSchedule.DEFAULT));
        assertThat(explanation).noneMatch(ConstraintExplanation::hard);
        assertThat(explanation).extracting(ConstraintExplanation::constraint).contains("Short travel");
    }

    @Test
    void stopEndsASolveEarlyKeepingItsBestCalendar() throws Exception {
        CompletableFuture<SolveJob<CalendarPlan>> ended = new CompletableFuture<>();
        service.solves().watch(job -> {
            if (!job.active()) {
                ended.complete(job);
            }
        });
        SolveJob<CalendarPlan> job = service.start(new CalendarSolveRequest(ScenarioGenerator.generate(Scale.BRIGADE, 0))
                .withLimits(new SolveLimits(Duration.ofSeconds(60), Duration.ZERO)));
        Thread.sleep(300);
        assertThat(service.stop()).isTrue();

        assertThat(ended.get(40, TimeUnit.SECONDS).state()).isEqualTo(SolveState.STOPPED);
        assertThat(job.best()).isPresent();
        assertThat(job.elapsed()).isLessThan(Duration.ofSeconds(40));
    }

    @Test
    void explainsAHandMadePlanThatBreaksHardRules() {
        Scenario.Exercise first = battalion.exercises().get(0);
        var clash = List.of(new PlannedExercise(first.id(), first.earliestStart(), null, "ILI", List.of("KAZ-1")));
        var lines = service.explain(new CalendarSolveRequest(battalion, Map.of(), clash, ConferenceSchedule.DEFAULT));
        assertThat(lines).filteredOn(ConstraintExplanation::hard).extracting(ConstraintExplanation::constraint)
                .contains("Minimum companies");
    }
}
