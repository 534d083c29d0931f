package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/**
 * A person holds a post for fewer periods than their nation's tour: every stint on the post, and the ones counted
 * short (stints cut by the post's first or last active period are not).
 */
public record TourContinuityJustification(String post, String person, String nation, int tourPeriods,
                                          List<PeriodRun> stints, List<PeriodRun> shortStints)
        implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.tour-continuity", person, post, Phrases.runs(shortStints, false), nation, tourPeriods);
    }

    @Override
    public List<String> slotIds() {
        return PeriodRun.slotIds(post, stints);
    }
}
