package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** Several posts of a key group change holder at one boundary. */
public record HandOverJustification(List<String> slotIds, String description) implements RotationJustification {
}
