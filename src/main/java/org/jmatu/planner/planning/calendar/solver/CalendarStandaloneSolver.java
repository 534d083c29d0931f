package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.support.DeadlineSolver;
import org.jmatu.planner.planning.support.SolveLimits;

/**
 * Solves a calendar in the calling thread without any Spring bean (a job's thread, the command line, tests): by
 * the request's budget, on a stop request, or earlier once it stops improving: see {@link DeadlineSolver}.
 */
public final class CalendarStandaloneSolver {

    private CalendarStandaloneSolver() {
    }

    public static CalendarPlan solve(CalendarSolveRequest request, SolveProgress<CalendarPlan> progress) {
        SolveLimits limits = request.limits();
        return DeadlineSolver.solve(spent -> CalendarSolverConfiguration.solverConfig(spent, limits.unimproved()),
                request.problem(), limits.budget(), progress,
                best -> CalendarMapper.toPlan(best, request.conferences()), best -> String.valueOf(best.getScore()),
                "calendar");
    }
}
