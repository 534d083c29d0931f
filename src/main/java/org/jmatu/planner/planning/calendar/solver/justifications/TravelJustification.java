package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "Travel" rule matched, in words a planner reads. */
public record TravelJustification(String exercise, String company, String area, long km) implements ConstraintJustification {

    @Override
    public String toString() {
        return company + " to " + exercise + " at " + area + ": " + km + " km";
    }
}
