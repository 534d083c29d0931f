package org.jmatu.planner.planning.calendar.solver;

import java.time.Duration;
import org.optaplanner.core.config.solver.SolverConfig;

/** The benchmark's way to the package-private shipped solver configuration (benchmark sources only). */
public final class CalendarBenchmarkAccess {

    private CalendarBenchmarkAccess() {
    }

    /** The shipped config, with a spent limit and without the unimproved limit, so every run uses its budget. */
    public static SolverConfig shippedConfig(Duration spent) {
        return CalendarSolverConfiguration.solverConfig(spent, Duration.ZERO);
    }
}
