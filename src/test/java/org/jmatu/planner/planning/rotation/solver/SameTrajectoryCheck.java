package org.jmatu.planner.planning.rotation.solver;

import java.time.Duration;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

class SameTrajectoryCheck {
    @Test
    void print() {
        for (long seed : new long[] {1, 2}) {
            for (String scale : new String[] {"BATTALION", "BRIGADE"}) {
                var scenario = ScenarioGenerator.generate(Scale.valueOf(scale), seed);
                SolverConfig config = RotationSolverConfiguration.solverConfig(Duration.ofMinutes(30), Duration.ZERO);
                config.getPhaseConfigList().get(1).setTerminationConfig(
                        new TerminationConfig().withStepCountLimit(scale.equals("BRIGADE") ? 3000 : 20000));
                var best = SolverFactory.<RotationSolution>create(config).buildSolver().solve(RotationMapper.toSolution(scenario));
                System.out.println("TRAJECTORY " + scale + " seed " + seed + ": " + best.getScore());
            }
        }
    }
}
