package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/**
 * A nation keeps a rotating post beyond {@code maxConsecutive} periods (rule 7): every run of periods the nation
 * holds the post in, and the limit.
 */
public record NationRunJustification(String post, String nation, List<PeriodRun> runs, int maxConsecutive)
        implements RotationJustification {

    @Override
    public String description() {
        List<PeriodRun> tooLong = runs.stream().filter(run -> run.length() > maxConsecutive).toList();
        return post + ": " + nation + " holds it " + Phrases.runs(tooLong, "consecutive periods") + " (at most "
                + maxConsecutive + " consecutive periods per nation)";
    }

    @Override
    public List<String> slotIds() {
        return PeriodRun.slotIds(post, runs);
    }
}
