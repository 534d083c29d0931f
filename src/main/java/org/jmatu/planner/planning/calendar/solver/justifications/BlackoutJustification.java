package org.jmatu.planner.planning.calendar.solver.justifications;

import org.jmatu.planner.planning.calendar.domain.Span;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "Blackout" rule matched, in words a planner reads. */
public record BlackoutJustification(String exercise, String area, String nation, String blackout, Span blackoutDates) implements ConstraintJustification {

    @Override
    public String toString() {
        return exercise + " at " + area + ": " + nation + " blackout " + blackout + " " + blackoutDates;
    }
}
