package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** How many exercises one nation hosts over the horizon. */
public record HostingShareJustification(String nation, int hosted) implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.hosting-share", nation, hosted);
    }

    @Override
    public List<String> exercises() {
        return List.of();
    }
}
