package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.shared.Message;

/**
 * The holder does not meet the post's rank band, skills or English (rule 2): the holder's rank, whether it is in
 * the band, the required skills they lack and their English against the post's minimum.
 */
public record QualificationJustification(SlotRef slot, String person, String rank, String rankBand,
                                         boolean rankInBand, List<String> missingSkills, int english,
                                         int englishMin) implements RotationJustification {

    @Override
    public Message message() {
        List<Message> reasons = new ArrayList<>();
        if (!rankInBand) {
            reasons.add(Message.of("why.qualification.rank", rank, rankBand));
        }
        if (!missingSkills.isEmpty()) {
            reasons.add(Message.of("why.qualification.skills", String.join(", ", missingSkills)));
        }
        if (english < englishMin) {
            reasons.add(Message.of("why.qualification.english", english, englishMin));
        }
        return Message.of("why.qualification", slot.label(), person, Message.chain("phrase.semicolon", reasons));
    }

    @Override
    public List<String> slotIds() {
        return List.of(slot.id());
    }
}
