package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** Two posts of a key group are held by one nation in a period (rule 6). */
public record KeyGroupJustification(List<String> slotIds, String description) implements RotationJustification {
}
