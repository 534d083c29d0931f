package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** The holder's nation may not source the post (rule 5). */
public record SourcingJustification(List<String> slotIds, String description) implements RotationJustification {
}
