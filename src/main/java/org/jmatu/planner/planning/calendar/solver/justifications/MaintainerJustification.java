package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "Maintainer" rule matched, in words a planner reads. */
public record MaintainerJustification(String exercise, String company, int period, java.util.Set<String> missingStandards) implements ConstraintJustification {

    @Override
    public String toString() {
        return exercise + ": " + company + " brings " + String.join(", ", new java.util.TreeSet<>(missingStandards)) + " equipment without maintainers in the HQ roster of period " + period;
    }
}
