package org.jmatu.planner.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jmatu.planner.scenario.Scale;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/** The battalion and brigade demo calendars reach 0 hard within the limits (5 s and 60 s). */
class CalendarDemoSolveTest {

    @Test
    void battalionCalendarIsFeasibleWithinFiveSeconds() {
        assertFeasibleWithin(ScenarioGenerator.generate(Scale.BATTALION, 0), Duration.ofSeconds(5));
    }

    @Test
    void brigadeCalendarIsFeasibleWithinSixtySeconds() {
        assertFeasibleWithin(ScenarioGenerator.generate(Scale.BRIGADE, 0), Duration.ofSeconds(60));
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

    private static void assertFeasibleWithin(Scenario scenario, Duration limit) {
        long millis = timeToFeasibleMillis(scenario, limit);
        assertThat(millis).as("time to 0 hard for " + scenario.name()).isBetween(0L, limit.toMillis());
    }
}
