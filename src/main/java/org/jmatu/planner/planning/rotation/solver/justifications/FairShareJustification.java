package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** How often a nation holds a rotating key post. */
public record FairShareJustification(List<String> slotIds, String description) implements RotationJustification {
}
