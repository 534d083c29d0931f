package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** The holder does not meet the post's rank band, skills or English (rule 2). */
public record QualificationJustification(List<String> slotIds, String description) implements RotationJustification {
}
