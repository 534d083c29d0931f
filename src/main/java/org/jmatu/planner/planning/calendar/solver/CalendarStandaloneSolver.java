package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jmatu.planner.planning.support.DeadlineSolver;

/**
 * Solves a calendar problem in the calling thread without any Spring bean (for the command line), by the
 * deadline, on request, or earlier after {@code unimproved} without a better score: see {@link DeadlineSolver}.
 */
public final class CalendarStandaloneSolver {

    private CalendarStandaloneSolver() {
    }

    public static CalendarSolution solve(CalendarSolution problem, Instant deadline, Duration unimproved,
                                         BooleanSupplier stopRequested, Consumer<CalendarSolution> onBest) {
        return DeadlineSolver.solve(spent -> CalendarSolverConfiguration.solverConfig(spent, unimproved), problem,
                deadline, stopRequested, onBest, "calendar");
    }
}
