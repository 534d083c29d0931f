package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "Pin" rule matched, in words a planner reads. */
public record PinJustification(String exercise, String pinned, String planned) implements ConstraintJustification {

    @Override
    public String toString() {
        return exercise + ": pinned " + pinned + " but planned " + planned;
    }
}
