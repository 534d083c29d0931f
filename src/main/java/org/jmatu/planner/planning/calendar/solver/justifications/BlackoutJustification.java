package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.planning.calendar.domain.Span;
import org.jmatu.planner.shared.Message;

/** An exercise falls in a blackout of its host's or a participant's nation (rule 15). */
public record BlackoutJustification(String exercise, String area, String nation, String blackout, Span blackoutDates)
        implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.blackout", exercise, area, nation, blackout, blackoutDates.toString());
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
