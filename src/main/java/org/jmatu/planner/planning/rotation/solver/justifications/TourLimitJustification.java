package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/**
 * A person serves beyond their nation's {@code maxConsecutive} periods (rule 8), on any posts: every run of
 * periods the person serves, and the limit. The runs span posts, so no single slot is named.
 */
public record TourLimitJustification(String person, String nation, List<PeriodRun> runs, int maxConsecutive)
        implements RotationJustification {

    @Override
    public String description() {
        List<PeriodRun> tooLong = runs.stream().filter(run -> run.length() > maxConsecutive).toList();
        return person + " serves " + Phrases.runs(tooLong, "consecutive periods") + " (" + nation + " allows "
                + maxConsecutive + " consecutive periods)";
    }

    @Override
    public List<String> slotIds() {
        return List.of();
    }
}
