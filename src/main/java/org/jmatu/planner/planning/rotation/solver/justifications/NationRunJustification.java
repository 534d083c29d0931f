package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/**
 * A nation keeps a rotating post beyond {@code maxConsecutive} periods (rule 7): every run of periods the nation
 * holds the post in, and the limit.
 */
public record NationRunJustification(String post, String nation, List<PeriodRun> runs, int maxConsecutive)
        implements RotationJustification {

    @Override
    public Message message() {
        List<PeriodRun> tooLong = runs.stream().filter(run -> run.length() > maxConsecutive).toList();
        return Message.of("why.nation-run", post, nation, Phrases.runs(tooLong, true), maxConsecutive);
    }

    @Override
    public List<String> slotIds() {
        return PeriodRun.slotIds(post, runs);
    }
}
