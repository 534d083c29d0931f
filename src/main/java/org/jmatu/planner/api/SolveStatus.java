package org.jmatu.planner.api;

import java.time.Instant;
import java.util.List;
import org.jmatu.planner.planning.PlanDraftService.SavedDrafts;
import org.jmatu.planner.planning.PlanSolver;

/**
 * What the status call tells about the latest solve of a data set.
 *
 * @param state          RUNNING, then FINISHED (its own time limit), STOPPED (asked to stop; the best so far
 *                       is kept) or FAILED
 * @param elapsedSeconds since it started, until it ended
 * @param stopping       a stop was asked for and the part being solved is finishing its first complete plan
 * @param parts          the best score so far of each part begun (rotation, then calendar)
 * @param outcome        once ended (not FAILED): the plan's score, its check and the drafts it was saved as
 * @param error          why it FAILED
 */
record SolveStatus(String dataSet, SolveJob.State state, String startedBy, Instant startedAt, double elapsedSeconds,
                   boolean stopping, List<Part> parts, Outcome outcome, String error) {

    /** A part's best score so far and when (seconds since the solve began) it was found. */
    record Part(String part, String bestScore, double foundAfterSeconds) {

        static Part of(PlanSolver.Progress progress) {
            return new Part(progress.part(), progress.score(), SolveJob.seconds(progress.elapsed()));
        }
    }

    /**
     * @param score                  the combined score, e.g. "0hard/-2medium/-2470soft"
     * @param feasible               true when the plan checker finds no broken hard rule
     * @param brokenRules            the hard rules the plan breaks, the reasons it is not feasible
     * @param drafts                 the new draft roster version and calendar it was saved as
     * @param dataChangedDuringSolve the data was edited while solving: the drafts are of the data as it was
     */
    record Outcome(String score, boolean feasible, List<BrokenRule> brokenRules, SavedDrafts drafts,
                   boolean dataChangedDuringSolve) {
    }
}
