package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** One person holds two posts in one period (rule 4). */
public record DoubleBookingJustification(List<String> slotIds, String description) implements RotationJustification {
}
