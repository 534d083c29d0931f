package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** How far a nation's staff person-periods ({@code held}, 0 when it holds no post) are from its agreed share. */
public record StaffShareJustification(String nation, int held, double staffTarget) implements RotationJustification {

    @Override
    public Message message() {
        long target = Math.round(staffTarget);
        return held == 0 ? Message.of("why.staff-share.none", nation, target)
                : Message.of("why.staff-share", nation, held, target);
    }

    @Override
    public List<String> slotIds() {
        return List.of();
    }
}
