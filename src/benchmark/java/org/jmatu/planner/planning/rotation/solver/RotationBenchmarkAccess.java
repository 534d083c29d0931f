package org.jmatu.planner.planning.rotation.solver;

import java.time.Duration;
import org.optaplanner.core.config.solver.SolverConfig;

/** The benchmark's way to the package-private shipped solver configuration (benchmark sources only). */
public final class RotationBenchmarkAccess {

    private RotationBenchmarkAccess() {
    }

    /** The shipped config, with a spent limit and without the unimproved limit, so every run uses its budget. */
    public static SolverConfig shippedConfig(Duration spent) {
        return RotationSolverConfiguration.solverConfig(spent, Duration.ZERO);
    }
}
