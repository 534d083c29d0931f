package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Period;

/** Several posts of a key group change holder at the start of {@code period}: the slots that change. */
public record HandOverJustification(String keyGroup, Period period, List<String> slotIds)
        implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.hand-over", keyGroup, period.label(), slotIds.size(), String.join(", ", posts()));
    }

    /** The posts that change holder, sorted. */
    public List<String> posts() {
        return slotIds.stream().map(id -> id.substring(0, id.indexOf('@'))).sorted().toList();
    }
}
