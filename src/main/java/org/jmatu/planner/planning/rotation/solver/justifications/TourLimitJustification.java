package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** A person serves beyond their nation's maxConsecutivePeriods (rule 8). */
public record TourLimitJustification(List<String> slotIds, String description) implements RotationJustification {
}
