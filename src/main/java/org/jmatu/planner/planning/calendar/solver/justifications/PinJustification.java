package org.jmatu.planner.planning.calendar.solver.justifications;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.shared.Message;

/**
 * An exercise is off its pin (rule 16): the pinned start and area (either may be null, not pinned) against the
 * planned ones.
 */
public record PinJustification(String exercise, LocalDate pinnedStart, String pinnedArea, LocalDate start,
                               String area) implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.exercise-pin", exercise, (pinnedStart == null ? "" : pinnedStart + " ")
                + (pinnedArea == null ? "" : pinnedArea), start + " " + area);
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
