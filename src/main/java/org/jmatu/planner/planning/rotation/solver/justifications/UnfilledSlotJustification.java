package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** An active slot has no holder: a sourcing gap. */
public record UnfilledSlotJustification(List<String> slotIds, String description) implements RotationJustification {
}
