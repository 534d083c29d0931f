package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.planning.calendar.domain.Span;

/** An exercise runs on days outside its agreed window (rule 10). */
public record WindowJustification(String exercise, Span planned, Span window) implements CalendarJustification {

    @Override
    public String description() {
        return exercise + " runs " + planned + " outside its window " + window;
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
