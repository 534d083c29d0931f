package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Period;

/**
 * Before {@code arrivalPeriod} starts, the newcomers of {@code slotIds} move in while the staff of {@code period}
 * ({@code activeSlots} posts) are still there, and family housing has {@code places}.
 */
public record HousingJustification(Period period, Period arrivalPeriod, int places, int activeSlots,
                                   List<String> slotIds) implements RotationJustification {

    @Override
    public String description() {
        return "hand-over into " + arrivalPeriod.label() + ": " + slotIds.size() + " newcomers and the " + activeSlots
                + " staff of " + period.label() + " need " + (activeSlots + slotIds.size())
                + " family-housing places, " + places + " are available ("
                + (activeSlots + slotIds.size() - places) + " over): keep more holders over the boundary";
    }
}
