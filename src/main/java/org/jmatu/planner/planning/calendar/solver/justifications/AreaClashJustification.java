package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** Two exercises use one training area at once (rule 12). */
public record AreaClashJustification(String area, String first, String second, int overlapDays)
        implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.area-clash", area, first, second, overlapDays);
    }

    @Override
    public List<String> exercises() {
        return List.of(first, second);
    }
}
