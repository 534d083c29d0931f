package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.planning.calendar.domain.Span;
import org.jmatu.planner.shared.Message;

/** An exercise runs on days outside its agreed window (rule 10). */
public record WindowJustification(String exercise, Span planned, Span window) implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.window", exercise, planned.toString(), window.toString());
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
