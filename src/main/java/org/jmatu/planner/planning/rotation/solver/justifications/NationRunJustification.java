package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** A nation keeps a rotating post beyond maxNationConsecutive periods (rule 7). */
public record NationRunJustification(List<String> slotIds, String description) implements RotationJustification {
}
