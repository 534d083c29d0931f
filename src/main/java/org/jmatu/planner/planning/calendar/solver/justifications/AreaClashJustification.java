package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "AreaClash" rule matched, in words a planner reads. */
public record AreaClashJustification(String area, String first, String second, int overlapDays) implements ConstraintJustification {

    @Override
    public String toString() {
        return area + ": " + first + " and " + second + " overlap by " + overlapDays + " days";
    }
}
