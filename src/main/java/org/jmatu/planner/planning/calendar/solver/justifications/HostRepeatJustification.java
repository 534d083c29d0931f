package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "HostRepeat" rule matched, in words a planner reads. */
public record HostRepeatJustification(String nation, String first, String second) implements ConstraintJustification {

    @Override
    public String toString() {
        return nation + " hosts " + first + " and the next exercise " + second;
    }
}
