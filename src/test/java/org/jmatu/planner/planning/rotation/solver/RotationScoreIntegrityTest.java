package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/** Runs the solver in FULL_ASSERT: every incremental score is checked against a full recalculation. */
class RotationScoreIntegrityTest {

    @Test
    void incrementalScoreMatchesFullRecalculation() {
        Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, 2);
        RotationSolution problem = RotationMapper.toSolution(battalion);
        // a pin, so that pinned entities take part; moves explore double bookings (duplicate periods in runs)
        PersonFact someone = problem.getSlots().get(5).getNominees().getFirst();
        problem.getSlots().get(5).pin(someone);
        SolverConfig config = RotationSolverConfiguration.solverConfig(Duration.ofSeconds(6), Duration.ZERO)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        RotationSolution solved = SolverFactory.<RotationSolution>create(config).buildSolver().solve(problem);
        assertThat(solved.getScore()).isNotNull();
    }
}
