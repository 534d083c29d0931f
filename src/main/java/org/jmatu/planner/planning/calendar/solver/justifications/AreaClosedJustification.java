package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "AreaClosed" rule matched, in words a planner reads. */
public record AreaClosedJustification(String exercise, String area, int closedDays, java.util.Set<Integer> closedMonths) implements ConstraintJustification {

    @Override
    public String toString() {
        return exercise + " at " + area + ": " + closedDays + " days in closed months " + new java.util.TreeSet<>(closedMonths);
    }
}
