package org.jmatu.planner.planning.rotation.solver.justifications;

import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Period;

/** The (post, period) slot a justification concerns: its id "DCDR@3" and its label "DCDR in 2028-H1". */
public record SlotRef(String post, Period period) {

    public static SlotRef of(RotationSlot slot) {
        return new SlotRef(slot.getPost().id(), slot.getPeriod());
    }

    public String id() {
        return post + "@" + period.index();
    }

    public Message label() {
        return Message.of("why.slot", post, period.label());
    }
}
