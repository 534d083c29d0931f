package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** The holder is not present from the hand-over date to the period's end (rule 3). */
public record AvailabilityJustification(List<String> slotIds, String description) implements RotationJustification {
}
