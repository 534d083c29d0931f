package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** One nation hosts two consecutive exercises. */
public record HostRepeatJustification(String nation, String first, String second) implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.host-repeat", nation, first, second);
    }

    @Override
    public List<String> exercises() {
        return List.of(first, second);
    }
}
