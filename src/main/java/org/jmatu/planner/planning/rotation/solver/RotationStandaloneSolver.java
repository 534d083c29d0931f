package org.jmatu.planner.planning.rotation.solver;

import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.support.DeadlineSolver;
import org.jmatu.planner.planning.support.SolveLimits;

/**
 * Solves a roster in the calling thread without any Spring bean (a job's thread, the command line, tests): by the
 * request's budget, on a stop request, or earlier once it stops improving: see {@link DeadlineSolver}.
 */
public final class RotationStandaloneSolver {

    private RotationStandaloneSolver() {
    }

    public static RotationPlan solve(RotationSolveRequest request, SolveProgress<RotationPlan> progress) {
        SolveLimits limits = request.limits();
        return DeadlineSolver.solve(
                spent -> RotationSolverConfiguration.solverConfig(spent, limits.unimproved()), request.problem(),
                limits.budget(), progress, RotationMapper::toPlan, best -> String.valueOf(best.getScore()), "rotation");
    }
}
