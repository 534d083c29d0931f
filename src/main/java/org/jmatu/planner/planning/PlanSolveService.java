package org.jmatu.planner.planning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.check.Violation;
import org.jmatu.planner.planning.jobs.PlanningProblem;
import org.jmatu.planner.planning.jobs.ProblemSolves;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.jobs.SolveJobs;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Solves the whole plan of the data set in use in the background, as the HTTP API asks, on whichever instance has
 * room (a portable solve, see {@link SolveJobs}): the data as it is when the solve begins, the roster and then the
 * calendar ({@link PlanSolver}), the plan checked by the independent checker and kept as new drafts, so a solve
 * from outside never replaces a saved version.
 */
@Service
public class PlanSolveService {

    /**
     * What a whole-plan solve gave.
     *
     * @param score                  the combined score, e.g. "0hard/-2medium/-2470soft"
     * @param broken                 the hard rules the checker finds broken; empty when the plan is feasible
     * @param drafts                 the new draft roster version and calendar it was saved as
     * @param dataChangedDuringSolve the data was edited while solving: the drafts are of the data as it was
     * @param causes                 the proven causes why no feasible plan exists (and the slots no roster can fill)
     * @param keptAsInfeasible       the drafts are marked infeasible (a hard rule broken, or stopped early): they
     *                               can never be published nor become the current plan
     */
    public record Outcome(String score, List<Violation> broken, PlanDraftService.SavedDrafts drafts,
                          boolean dataChangedDuringSolve, List<Plan.Cause> causes, boolean keptAsInfeasible) {

        public boolean feasible() {
            return broken.isEmpty();
        }
    }

    private final ScenarioSource scenarios;
    private final PlanDraftService drafts;
    private final ProblemSolves<Outcome> solves;
    private final Duration budget;

    PlanSolveService(ScenarioSource scenarios, PlanDraftService drafts, SolveJobs jobs,
                     @Value("${planner.api.solve-budget}") Duration budget) {
        this.scenarios = scenarios;
        this.drafts = drafts;
        this.solves = new ProblemSolves<>(jobs, PlanningProblem.PLAN);
        this.budget = budget;
        jobs.runAnywhere(PlanningProblem.PLAN, Outcome.class, this::solve);
    }

    /**
     * Queues a solve of the data set's saved data, for whichever instance has room.
     *
     * @throws NoHorizonException                                     when there is nothing to solve yet
     * @throws org.jmatu.planner.planning.jobs.SolveRefusedException while a whole-plan solve of the data set is on
     */
    @RolesAllowed("PLANNER")
    public SolveJob<Outcome> start() {
        scenarios.current().orElseThrow(NoHorizonException::new);
        return solves.start();
    }

    /** The solve itself, on the instance that runs it: the data as it is when it begins, checked and kept as drafts. */
    private Outcome solve(SolveProgress<Outcome> progress) {
        Scenario scenario = scenarios.current().orElseThrow(NoHorizonException::new);
        PlanSolver.Result result = PlanSolver.solve(scenario, budget, progress);
        List<Violation> broken = PlanChecker.check(scenario, result.plan());
        boolean changed = !scenarios.current().equals(Optional.of(scenario));
        // stopped early: a half-finished plan is kept only as drafts marked infeasible, whatever its score
        boolean stopped = progress.stopRequested();
        PlanDraftService.SavedDrafts saved = drafts.saveDrafts(result, "Solved through the HTTP API"
                + (stopped ? "; stopped early, so kept as a draft marked infeasible" : "")
                + (changed ? "; the data changed while solving, so check it against the data now" : ""),
                stopped);
        return new Outcome(result.plan().score(), broken, saved, changed, result.causes(),
                stopped || !broken.isEmpty() || !result.solverFeasible());
    }

    /** The data set's whole-plan solves: the newest, its place in the queue, watching them. */
    @RolesAllowed({"PLANNER", "COMMANDER"})
    public ProblemSolves<Outcome> solves() {
        return solves;
    }

    @RolesAllowed("PLANNER")
    public boolean stop() {
        return solves.stop();
    }

    /** No planning horizon is set up yet, so there is nothing to solve. */
    public static class NoHorizonException extends IllegalStateException {

        NoHorizonException() {
            super("No planning horizon is set up yet, so there is nothing to solve.");
        }
    }
}
