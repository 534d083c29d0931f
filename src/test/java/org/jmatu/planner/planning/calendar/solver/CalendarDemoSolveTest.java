package org.jmatu.planner.planning.calendar.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The battalion and brigade demo calendars reach 0 hard. The limits only keep a broken build from hanging;
 * how fast they get there is measured by {@link CalendarBenchmark}, not asserted here.
 */
class CalendarDemoSolveTest {

    @Test
    void battalionCalendarReachesZeroHard() {
        assertFeasible(ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED), Duration.ofSeconds(60));
    }

    @Test
    void brigadeCalendarReachesZeroHard() {
        assertFeasible(ScenarioGenerator.generate(Scale.BRIGADE, ScenarioGenerator.DEFAULT_SEED), Duration.ofSeconds(300));
    }

    static long timeToFeasibleMillis(Scenario scenario, Duration limit) {
        SolverConfig config = CalendarSolverConfiguration.solverConfig(limit, Duration.ZERO);
        config.getTerminationConfig().setBestScoreFeasible(true);
        Solver<CalendarSolution> solver = SolverFactory.<CalendarSolution>create(config).buildSolver();
        long start = System.nanoTime();
        CalendarSolution best = solver.solve(CalendarMapper.toSolution(scenario));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: %s after %d ms%n", scenario.name(), best.getScore(), millis);
        return best.getScore().isFeasible() ? millis : -1;
    }

    private static void assertFeasible(Scenario scenario, Duration cap) {
        assertThat(timeToFeasibleMillis(scenario, cap)).as("0 hard reached for " + scenario.name()).isNotNegative();
    }
}
