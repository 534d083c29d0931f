package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Period;

/**
 * Before {@code arrivalPeriod} starts, the newcomers of {@code slotIds} move in while the staff of {@code period}
 * ({@code activeSlots} posts) are still there, and family housing has {@code places}.
 */
public record HousingJustification(Period period, Period arrivalPeriod, int places, int activeSlots,
                                   List<String> slotIds) implements RotationJustification {

    @Override
    public Message message() {
        int needed = activeSlots + slotIds.size();
        return Message.of("why.housing", arrivalPeriod.label(), slotIds.size(), activeSlots, period.label(), needed,
                places, needed - places);
    }
}
