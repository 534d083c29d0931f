package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** More companies take part in an exercise than its training area holds (rule 12). */
public record AreaCapacityJustification(String exercise, String area, int companies, int capacity)
        implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.area-capacity", exercise, area, companies, capacity);
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
