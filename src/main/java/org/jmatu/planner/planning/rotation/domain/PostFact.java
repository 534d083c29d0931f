package org.jmatu.planner.planning.rotation.domain;

import java.util.List;
import java.util.Set;
import org.jmatu.planner.shared.Rank;

/**
 * A post of the establishment as the rotation solver sees it. {@code nations} is the resolved sourcing list
 * (every listed nation when the scenario omits it for ANY); {@code firstActive..lastActive} and
 * {@code activePeriods} describe the post's active slots (rule 1). Equality is by id.
 */
public record PostFact(String id, String title, String section, int order, Rank rankMin, Rank rankMax,
                       Set<String> skills, int englishMin, String sourcingRule, List<String> nations,
                       String keyGroup, int maxNationConsecutive, String requiresStandard, int firstActive,
                       int lastActive, int activePeriods) {

    public boolean rotating() {
        return "ROTATING".equals(sourcingRule);
    }

    public boolean sourcedFrom(String nation) {
        return nations.contains(nation);
    }

    public boolean qualifies(PersonFact person) {
        return person.rank().within(rankMin, rankMax)
                && person.skills().containsAll(skills)
                && person.english() >= englishMin;
    }

    /** "OF-4" or "OF-3..OF-4". */
    public String rankBand() {
        return rankMin == rankMax ? rankMin.code() : rankMin.code() + ".." + rankMax.code();
    }

    // identity is the id: the solver compares facts often, and their collections need not be compared
    @Override public boolean equals(Object other) { return other instanceof PostFact post && post.id.equals(id); }
    @Override public int hashCode() { return id.hashCode(); }
    @Override public String toString() { return id; }
}
