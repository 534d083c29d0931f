package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/**
 * How often a nation holds a rotating key post: the slots it holds, the post's active periods and the number of
 * nations that may source it.
 */
public record FairShareJustification(String post, String nation, List<String> slotIds, int activePeriods,
                                     int sourcingNations) implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.fair-share", nation, post, slotIds.size(), activePeriods, fairShare());
    }

    /** "2", or "1.5" when the periods do not divide evenly among the nations. */
    private String fairShare() {
        int nations = Math.max(1, sourcingNations);
        return activePeriods % nations == 0 ? String.valueOf(activePeriods / nations)
                : String.format("%.1f", activePeriods / (double) nations);
    }
}
