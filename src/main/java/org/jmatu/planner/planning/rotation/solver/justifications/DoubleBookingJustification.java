package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** One person holds two posts in one period (rule 4): the person and the two slots of that period. */
public record DoubleBookingJustification(String person, SlotRef first, SlotRef second)
        implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.double-booking", person, first.post(), second.post(), first.period().label());
    }

    @Override
    public List<String> slotIds() {
        return List.of(first.id(), second.id());
    }
}
