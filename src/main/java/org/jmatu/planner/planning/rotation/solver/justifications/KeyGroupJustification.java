package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/**
 * Two posts of a key group are held by one nation in a period (rule 6): the nation, the slot it already holds and
 * the slot it holds as well.
 */
public record KeyGroupJustification(String nation, SlotRef held, SlotRef alsoHeld) implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.key-group", alsoHeld.label(), nation, held.post());
    }

    @Override
    public List<String> slotIds() {
        return List.of(held.id(), alsoHeld.id());
    }
}
