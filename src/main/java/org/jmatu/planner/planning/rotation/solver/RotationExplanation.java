package org.jmatu.planner.planning.rotation.solver;

import java.util.List;
import java.util.Map;

/**
 * Why a roster scores what it scores: one line per constraint with matches (name, level, match count, impact)
 * and, per slot ("DCDR@3"), the readable justifications that touch it.
 */
public record RotationExplanation(String score, List<ConstraintLine> constraints,
                                  Map<String, List<String>> bySlot) {

    public record ConstraintLine(String name, String level, int matchCount, String impact, List<String> examples) {
    }

    public List<String> forSlot(String slotId) {
        return bySlot.getOrDefault(slotId, List.of());
    }
}
