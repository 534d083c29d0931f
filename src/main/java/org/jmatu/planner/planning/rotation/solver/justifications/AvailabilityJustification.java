package org.jmatu.planner.planning.rotation.solver.justifications;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.shared.Message;

/**
 * The holder is not present from the hand-over date to the period's end (rule 3): when they are available, and
 * the day the slot needs them to report by.
 */
public record AvailabilityJustification(SlotRef slot, String person, LocalDate availableFrom, LocalDate availableTo,
                                        LocalDate reportBy) implements RotationJustification {

    @Override
    public Message message() {
        return Message.of("why.availability", slot.label(), person, availableFrom, availableTo, reportBy,
                slot.period().end());
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
