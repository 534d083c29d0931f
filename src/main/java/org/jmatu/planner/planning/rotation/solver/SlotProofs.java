package org.jmatu.planner.planning.rotation.solver;

import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.Plan;

/**
 * The roster's proven causes: the active slots no nominee is eligible for (qualified, available and of a sourcing
 * nation: rules 2, 3 and 5), which no roster can fill. Worded as the gap report words them ({@link
 * RotationMapper#gapReason}), so a planner reads the same sentence in both.
 */
public final class SlotProofs {

    /** The rule a cause of this kind is filed under: 2, Qualified (with 3, Available, and 5, Sourcing). */
    public static final int RULE = 2;

    private SlotProofs() {
    }

    public static List<Plan.Cause> causes(RotationSolution solution) {
        List<Plan.Cause> causes = new ArrayList<>();
        for (RotationSlot slot : solution.getSlots()) {
            if (slot.getNominees().isEmpty()) {
                causes.add(Plan.Cause.ofSlot(RULE, slot.getPost().id(), slot.getPeriodIndex(),
                        RotationMapper.gapReason(slot, solution)));
            }
        }
        return List.copyOf(causes);
    }
}
