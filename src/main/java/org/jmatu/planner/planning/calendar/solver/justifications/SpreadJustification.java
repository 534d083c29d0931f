package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "Spread" rule matched, in words a planner reads. */
public record SpreadJustification(String first, String second, int gapDays) implements ConstraintJustification {

    @Override
    public String toString() {
        return first + " and " + second + " are " + gapDays + " days apart";
    }
}
