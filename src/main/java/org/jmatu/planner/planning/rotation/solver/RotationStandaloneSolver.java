package org.jmatu.planner.planning.rotation.solver;

import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jmatu.planner.planning.support.DeadlineSolver;

/**
 * Solves a rotation problem in the calling thread without any Spring bean (for the command line), by the
 * deadline, on request, or earlier after {@code unimproved} without a better score: see {@link DeadlineSolver}.
 */
public final class RotationStandaloneSolver {

    private RotationStandaloneSolver() {
    }

    public static RotationSolution solve(RotationSolution problem, Instant deadline, Duration unimproved,
                                         BooleanSupplier stopRequested, Consumer<RotationSolution> onBest) {
        return DeadlineSolver.solve(spent -> RotationSolverConfiguration.solverConfig(spent, unimproved), problem,
                deadline, stopRequested, onBest, "rotation");
    }
}
