package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** An assignment differs from the published plan. */
public record BaselineChangeJustification(List<String> slotIds, String description) implements RotationJustification {
}
