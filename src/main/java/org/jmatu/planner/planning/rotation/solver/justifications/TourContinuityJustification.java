package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** A person holds a post for fewer periods than their nation's tour. */
public record TourContinuityJustification(List<String> slotIds, String description) implements RotationJustification {
}
