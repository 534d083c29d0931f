package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/**
 * Two posts of a key group are held by one nation in a period (rule 6): the nation, the slot it already holds and
 * the slot it holds as well.
 */
public record KeyGroupJustification(String nation, SlotRef held, SlotRef alsoHeld) implements RotationJustification {

    @Override
    public String description() {
        return alsoHeld.label() + ": " + nation + " already holds " + held.post() + " in that period";
    }

    @Override
    public List<String> slotIds() {
        return List.of(held.id(), alsoHeld.id());
    }
}
