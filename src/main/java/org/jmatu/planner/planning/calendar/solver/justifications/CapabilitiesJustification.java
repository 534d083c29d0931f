package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "Capabilities" rule matched, in words a planner reads. */
public record CapabilitiesJustification(String exercise, java.util.Set<String> missing) implements ConstraintJustification {

    @Override
    public String toString() {
        return exercise + ": no participant brings " + String.join(", ", new java.util.TreeSet<>(missing));
    }
}
