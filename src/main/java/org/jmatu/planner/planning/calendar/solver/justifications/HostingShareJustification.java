package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "HostingShare" rule matched, in words a planner reads. */
public record HostingShareJustification(String nation, int hosted) implements ConstraintJustification {

    @Override
    public String toString() {
        return nation + " hosts " + hosted + " exercises";
    }
}
