package org.jmatu.planner.planning.calendar.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/** Incremental scores match full recalculation on every step (FULL_ASSERT), with pins and a roster. */
class CalendarScoreIntegrityTest {

    @Test
    void incrementalScoreStaysCorrectWhileSolving() {
        Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, 7);
        Scenario.Exercise first = battalion.exercises().get(0);
        Scenario.Exercise second = battalion.exercises().get(1);
        Scenario pinned = new Scenario(battalion.format(), battalion.name(), battalion.horizon(), battalion.nations(),
                List.of(), List.of(), battalion.equipmentTypes(), battalion.companies(), battalion.trainingAreas(),
                battalion.exercises(), battalion.blackouts(), new Scenario.Pinned(List.of(), List.of(
                        new Scenario.PinnedExercise(first.id(), first.earliestStart().plusDays(7), "ILI"),
                        new Scenario.PinnedExercise(second.id(), null, "FORISH"))));
        SolverConfig config = CalendarSolverConfiguration.solverConfig(Duration.ofSeconds(4), Duration.ZERO)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        CalendarSolution best = SolverFactory.<CalendarSolution>create(config).buildSolver()
                .solve(CalendarMapper.toSolution(pinned, Map.of(0, java.util.Set.of("SOVIET"), 1, java.util.Set.of("SOVIET", "CHINESE")),
                        List.of()));
        assertThat(best.getScore()).isNotNull();
        ExerciseAssignment kept = best.getAssignments().get(0);
        assertThat(kept.getStart()).isEqualTo(first.earliestStart().plusDays(7));
        assertThat(kept.getArea().id()).isEqualTo("ILI");
        assertThat(best.getAssignments().get(1).getArea().id()).isEqualTo("FORISH");
    }
}
