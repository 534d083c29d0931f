package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** A pinned slot does not hold its pinned holder (rule 9): whom it is pinned to and whom it holds (null: nobody). */
public record PinJustification(SlotRef slot, String pinned, String holder) implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.pin", slot.label(), Phrases.holderOrNobody(pinned), Phrases.holderOrNobody(holder));
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
