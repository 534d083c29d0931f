package org.jmatu.planner.planning.rotation.domain;

import java.util.List;

/**
 * The rotation part of a plan file (docs/file-formats.md): one row per active slot, person or null, and a gap with
 * a reason for every unfilled slot.
 */
public record RotationPlan(String format, String scenario, String score, List<PlanRow> rotation, List<Gap> gaps) {

    public static final String FORMAT = "jmatu-plan/1";

    public boolean feasible() {
        return score != null && score.startsWith("0hard");
    }
}
