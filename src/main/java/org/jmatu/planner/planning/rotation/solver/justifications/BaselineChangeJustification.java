package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** An assignment differs from the published plan: the published holder and the holder now (null: nobody). */
public record BaselineChangeJustification(SlotRef slot, String published, String holder)
        implements RotationJustification {

    @Override
    public String description() {
        return slot.label() + ": the published plan has " + published + ", now " + Phrases.holder(holder);
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
