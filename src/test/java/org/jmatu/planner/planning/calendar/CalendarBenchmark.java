package org.jmatu.planner.planning.calendar;

import java.time.Duration;
import org.jmatu.planner.scenario.Scale;
import org.jmatu.planner.scenario.ScenarioGenerator;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures time to the first feasible calendar (not a timed test):
 * {@code ./mvnw -o test -Dtest=CalendarBenchmark -Dbenchmark=true}. Figures go to docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CalendarBenchmark {

    @ParameterizedTest
    @CsvSource({"BATTALION, 20270101", "BATTALION, 1", "BATTALION, 2", "BRIGADE, 20270101", "BRIGADE, 1",
            "BRIGADE, 2"})
    void timeToZeroHard(Scale scale, long seed) {
        long millis = CalendarDemoSolveTest.timeToFeasibleMillis(ScenarioGenerator.generate(scale, seed),
                Duration.ofSeconds(120));
        System.out.printf("BENCHMARK calendar %s seed %d: 0 hard after %d ms%n", scale, seed, millis);
    }
}
