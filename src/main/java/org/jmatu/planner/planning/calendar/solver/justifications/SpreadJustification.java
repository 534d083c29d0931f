package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** Two exercises of one year are fewer free days apart than the spread asks for. */
public record SpreadJustification(String first, String second, int gapDays) implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.spread", first, second, gapDays);
    }

    @Override
    public List<String> exercises() {
        return List.of(first, second);
    }
}
