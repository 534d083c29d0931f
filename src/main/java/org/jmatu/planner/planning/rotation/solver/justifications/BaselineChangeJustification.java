package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** An assignment differs from the published plan: the published holder and the holder now (null: nobody). */
public record BaselineChangeJustification(SlotRef slot, String published, String holder)
        implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.baseline", slot.label(), published, Phrases.holderOrNobody(holder));
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
