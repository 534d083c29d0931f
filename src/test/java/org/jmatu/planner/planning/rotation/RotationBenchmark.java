package org.jmatu.planner.planning.rotation;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jmatu.planner.scenario.Scale;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Measures time to feasible (not a timed test): {@code ./mvnw -o test -Dtest=RotationBenchmark -Dbenchmark=true}.
 * Figures go to docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RotationBenchmark {

    @Test
    void battalion() {
        measure(ScenarioGenerator.generate(Scale.BATTALION, 1), Duration.ofSeconds(30));
    }

    @Test
    void brigade() {
        measure(ScenarioGenerator.generate(Scale.BRIGADE, 1), Duration.ofSeconds(120));
    }

    private static void measure(Scenario scenario, Duration limit) {
        long mapStart = System.nanoTime();
        RotationSolution problem = RotationMapper.toSolution(scenario);
        long mapped = System.nanoTime();
        Solver<RotationSolution> solver = SolverFactory.<RotationSolution>create(
                RotationSolverConfiguration.solverConfig(limit, Duration.ofSeconds(30))).buildSolver();
        AtomicLong hardZero = new AtomicLong(-1);
        AtomicLong mediumZero = new AtomicLong(-1);
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            HardMediumSoftScore score = (HardMediumSoftScore) event.getNewBestScore();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (score.isSolutionInitialized() && score.hardScore() == 0 && hardZero.get() < 0) {
                hardZero.set(ms);
            }
            if (score.isSolutionInitialized() && score.hardScore() == 0 && score.mediumScore() == 0
                    && mediumZero.get() < 0) {
                mediumZero.set(ms);
            }
        });
        RotationSolution solved = solver.solve(problem);
        System.out.printf("BENCHMARK %s: %d posts, %d people, %d slots, mapping %d ms, 0 hard after %d ms,"
                        + " 0 hard 0 medium after %d ms, final %s after %d ms%n",
                scenario.name(), scenario.posts().size(), scenario.personnel().size(), problem.getSlots().size(),
                (mapped - mapStart) / 1_000_000, hardZero.get(), mediumZero.get(), solved.getScore(),
                (System.nanoTime() - start) / 1_000_000);
        RotationSolverService.standalone(RotationSolverSettings.defaults()).explain(solved).constraints()
                .forEach(line -> System.out.printf("BENCHMARK constraint %s: %d matches, %s%n", line.name(),
                        line.matchCount(), line.impact()));
        RotationMapper.toPlan(solved).gaps().forEach(gap -> System.out.printf("BENCHMARK gap %s/%d: %s%n",
                gap.post(), gap.period(), gap.reason()));
    }
}
