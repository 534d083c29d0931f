package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.ArrayList;
import java.util.List;

/**
 * The holder does not meet the post's rank band, skills or English (rule 2): the holder's rank, whether it is in
 * the band, the required skills they lack and their English against the post's minimum.
 */
public record QualificationJustification(SlotRef slot, String person, String rank, String rankBand,
                                         boolean rankInBand, List<String> missingSkills, int english,
                                         int englishMin) implements RotationJustification {

    @Override
    public String description() {
        List<String> reasons = new ArrayList<>();
        if (!rankInBand) {
            reasons.add("rank " + rank + " outside " + rankBand);
        }
        if (!missingSkills.isEmpty()) {
            reasons.add("lacks " + String.join(", ", missingSkills));
        }
        if (english < englishMin) {
            reasons.add("English " + english + " below " + englishMin);
        }
        return slot.label() + ": " + person + " does not qualify (" + String.join("; ", reasons) + ")";
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
