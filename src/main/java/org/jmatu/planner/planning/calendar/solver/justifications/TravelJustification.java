package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** How far a participating company travels, home base to the exercise's training area (great-circle). */
public record TravelJustification(String exercise, String company, String area, long km)
        implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.travel", company, exercise, area, String.valueOf(km));
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
