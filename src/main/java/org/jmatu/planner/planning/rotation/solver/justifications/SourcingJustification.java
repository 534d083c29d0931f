package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** The holder's nation may not source the post (rule 5): that nation and the post's sourcing nations. */
public record SourcingJustification(SlotRef slot, String nation, List<String> sourcingNations)
        implements RotationJustification {

    @Override
    public String description() {
        return slot.label() + ": " + nation + " may not source this post (only " + Phrases.orList(sourcingNations)
                + ")";
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
