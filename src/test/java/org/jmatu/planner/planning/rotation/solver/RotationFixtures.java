package org.jmatu.planner.planning.rotation.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.NationFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.shared.Rank;

/** Small solver-model facts for constraint tests: half-year periods from 2028-01-01, 14 hand-over days. */
final class RotationFixtures {

    static final LocalDate START = LocalDate.of(2028, 1, 1);
    static final int HANDOVER = 14;

    static final NationFact KAZ = new NationFact("KAZ", "Kazakhstan", "FRAMEWORK", 2, 4, 0.4, 4.0);
    static final NationFact USA = new NationFact("USA", "United States", "GLOBAL_POWER", 2, 2, 0.2, 2.0);
    static final NationFact RUS = new NationFact("RUS", "Russian Federation", "GLOBAL_POWER", 2, 2, 0.2, 2.0);
    static final NationFact CHN = new NationFact("CHN", "China", "GLOBAL_POWER", 2, 2, 0.2, 2.0);

    private RotationFixtures() {
    }

    static Period period(int index) {
        return Period.of(START, 6, index);
    }

    static PostFact post(String id, String keyGroup, String rule, List<String> nations) {
        return new PostFact(id, id + " title", "Command Group", 0, Rank.OF_4, Rank.OF_5, Set.of("COMMAND"), 3,
                rule, nations, keyGroup, 2, null, 0, 9, 10);
    }

    static PostFact rotating(String id) {
        return post(id, "COMMAND_TEAM", "ROTATING", List.of("USA", "RUS", "CHN"));
    }

    static PostFact anyPost(String id) {
        return post(id, null, "ANY", List.of("KAZ", "USA", "RUS", "CHN"));
    }

    static PersonFact person(String id, NationFact nation) {
        return new PersonFact(id, "Officer " + id, nation, Rank.OF_4, Set.of("COMMAND"), 4,
                LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1));
    }

    static RotationSlot slot(PostFact post, int period, PersonFact holder) {
        List<PersonFact> nominees = new ArrayList<>();
        if (holder != null) {
            nominees.add(holder);
        }
        RotationSlot slot = new RotationSlot(post, period(period), HANDOVER, nominees);
        slot.setPerson(holder);
        return slot;
    }
}
