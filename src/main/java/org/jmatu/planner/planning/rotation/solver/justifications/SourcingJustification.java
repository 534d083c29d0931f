package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** The holder's nation may not source the post (rule 5): that nation and the post's sourcing nations. */
public record SourcingJustification(SlotRef slot, String nation, List<String> sourcingNations)
        implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.sourcing", slot.label(), nation, Phrases.either(sourcingNations));
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
