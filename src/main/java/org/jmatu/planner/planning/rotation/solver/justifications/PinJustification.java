package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** A pinned slot does not hold its pinned holder (rule 9): whom it is pinned to and whom it holds (null: nobody). */
public record PinJustification(SlotRef slot, String pinned, String holder) implements RotationJustification {

    @Override
    public String description() {
        return slot.label() + " is pinned to " + Phrases.holder(pinned) + " but holds " + Phrases.holder(holder);
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
