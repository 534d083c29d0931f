package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** A pinned slot does not hold its pinned holder (rule 9). */
public record PinJustification(List<String> slotIds, String description) implements RotationJustification {
}
