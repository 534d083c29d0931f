package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** An active slot has no holder, a sourcing gap: how many eligible nominees it has. */
public record UnfilledSlotJustification(SlotRef slot, int nominees) implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.unfilled", slot.label(), nominees);
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
