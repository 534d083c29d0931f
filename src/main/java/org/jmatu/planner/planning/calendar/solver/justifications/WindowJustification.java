package org.jmatu.planner.planning.calendar.solver.justifications;

import org.jmatu.planner.planning.calendar.domain.Span;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "Window" rule matched, in words a planner reads. */
public record WindowJustification(String exercise, Span planned, Span window) implements ConstraintJustification {

    @Override
    public String toString() {
        return exercise + " runs " + planned + " outside its window " + window;
    }
}
