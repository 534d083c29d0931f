package org.jmatu.planner.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jmatu.planner.planning.PlanDraftService.SavedDrafts;
import org.jmatu.planner.planning.PlanSolveService;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.jobs.SolveState;
import org.jmatu.planner.scenario.Plan;

/**
 * What the status call tells about the latest solve of a data set, whichever instance runs or ran it.
 *
 * @param state          QUEUED (waiting for room: {@code queuePosition} says how many are ahead, plus one), RUNNING,
 *                       then FINISHED (its own time limit), STOPPED (asked to stop; the best so far is kept),
 *                       CANCELLED (stopped while it waited: no plan), FAILED or INTERRUPTED (the instance running
 *                       it stopped: its plan is lost, its last best score is in {@code parts})
 * @param elapsedSeconds since it began running, until it ended
 * @param stopping       a stop was asked for and the part being solved is finishing its first complete plan
 * @param parts          the best score so far of each part begun (rotation, then calendar)
 * @param outcome        once ended (not FAILED): the plan's score, its check and the drafts it was saved as
 * @param error          why it FAILED or was INTERRUPTED
 * @param causes         once ended: why no plan keeping every hard rule exists, proven from the data before solving
 *                       (one per exercise or pair of exercises, with the rule's number), and the roster slots no
 *                       nominee is eligible for; empty when nothing is proven
 */
record SolveStatus(String dataSet, SolveState state, int queuePosition, String startedBy, Instant requestedAt,
                   double elapsedSeconds, boolean stopping, List<Part> parts, Outcome outcome, String error,
                   List<Cause> causes) {

    /** A proven cause: the hard rule, the exercise (or the post and period of a slot) and why, in words. */
    record Cause(int rule, String exercise, String post, Integer period, String reason) {

        static Cause of(Plan.Cause cause) {
            return new Cause(cause.rule(), cause.exercise(), cause.post(), cause.period(), cause.reason());
        }
    }

    /** A part's best score so far and when (seconds since the solve began) it was found. */
    record Part(String part, String bestScore, double foundAfterSeconds) {
    }

    /**
     * @param score                  the combined score, e.g. "0hard/-2medium/-2470soft"
     * @param feasible               true when the plan checker finds no broken hard rule
     * @param brokenRules            the hard rules the plan breaks, the reasons it is not feasible
     * @param drafts                 the new draft roster version and calendar it was saved as
     * @param dataChangedDuringSolve the data was edited while solving: the drafts are of the data as it was
     * @param keptAsInfeasible       the drafts are marked infeasible (a hard rule broken, or the solve was stopped
     *                               early): they are never published and never the current plan
     */
    record Outcome(String score, boolean feasible, List<BrokenRule> brokenRules, SavedDrafts drafts,
                   boolean dataChangedDuringSolve, boolean keptAsInfeasible) {

        static Outcome of(PlanSolveService.Outcome outcome) {
            return new Outcome(outcome.score(), outcome.feasible(),
                    outcome.broken().stream().map(BrokenRule::of).toList(), outcome.drafts(),
                    outcome.dataChangedDuringSolve(), outcome.keptAsInfeasible());
        }
    }

    static SolveStatus of(SolveJob<PlanSolveService.Outcome> job, int queuePosition) {
        List<Part> parts = job.parts().stream()
                .map(part -> new Part(part.part(), part.score(), seconds(part.foundAfter()))).toList();
        Outcome outcome = job.state().ended() ? job.best().map(Outcome::of).orElse(null) : null;
        List<Cause> causes = job.state().ended() ? job.best().map(best -> best.causes().stream().map(Cause::of)
                .toList()).orElse(List.of()) : List.of();
        return new SolveStatus(job.key().dataSet(), job.state(), queuePosition, job.startedBy(), job.requestedAt(),
                seconds(job.elapsed()), job.stopping(), parts, outcome, job.error().orElse(null), causes);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
