package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/**
 * A person serves beyond their nation's {@code maxConsecutive} periods (rule 8), on any posts: every run of
 * periods the person serves, and the limit. The runs span posts, so no single slot is named.
 */
public record TourLimitJustification(String person, String nation, List<PeriodRun> runs, int maxConsecutive)
        implements RotationJustification {

    @Override
    public Message message() {
        List<PeriodRun> tooLong = runs.stream().filter(run -> run.length() > maxConsecutive).toList();
        return Message.of("why.tour-limit", person, Phrases.runs(tooLong, true), nation, maxConsecutive);
    }

    @Override
    public List<String> slotIds() {
        return List.of();
    }
}
