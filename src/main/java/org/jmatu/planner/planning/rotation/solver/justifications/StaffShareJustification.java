package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** How far a nation's staff person-periods are from its agreed share. */
public record StaffShareJustification(List<String> slotIds, String description) implements RotationJustification {
}
