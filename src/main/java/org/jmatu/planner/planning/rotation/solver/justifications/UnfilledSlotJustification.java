package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** An active slot has no holder, a sourcing gap: how many eligible nominees it has. */
public record UnfilledSlotJustification(SlotRef slot, int nominees) implements RotationJustification {

    @Override
    public String description() {
        return slot.label() + " is unfilled (" + nominees + " eligible nominees)";
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
