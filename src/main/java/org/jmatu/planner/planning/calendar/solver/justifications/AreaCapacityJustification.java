package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "AreaCapacity" rule matched, in words a planner reads. */
public record AreaCapacityJustification(String exercise, String area, int companies, int capacity) implements ConstraintJustification {

    @Override
    public String toString() {
        return exercise + " at " + area + ": " + companies + " companies, capacity " + capacity;
    }
}
