package org.jmatu.planner.growth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The growth phases as the timeline edits them: read together at {@link #version} and saved together, a save from
 * an older version than the stored one being refused ({@link GrowthService#savePhases}). Posts and companies are
 * held by reference ({@link Member}), so that one renamed meanwhile is still the same member.
 */
public record PhaseSet(int version, List<Phase> phases) {

    public PhaseSet {
        phases = List.copyOf(phases);
    }

    /** The phases by their first period (a phase's name breaks ties), as the timeline shows them. */
    public List<Phase> inOrder() {
        return phases.stream().sorted(Comparator.comparingInt(Phase::firstPeriod).thenComparing(Phase::name)).toList();
    }

    /** The set with {@code edited} in place of {@code old}: a new phase where old is null, a delete where edited is. */
    public PhaseSet replace(Phase old, Phase edited) {
        List<Phase> changed = new ArrayList<>(phases);
        int at = old == null ? -1 : changed.indexOf(old);
        if (at >= 0) {
            changed.remove(at);
        }
        if (edited != null) {
            changed.add(at >= 0 ? at : changed.size(), edited.withId(at >= 0 ? old.id() : null));
        }
        return new PhaseSet(version, changed);
    }

    /** A phase: its id (null until saved), name, first period, and the members it brings in, each list by code. */
    public record Phase(Long id, String name, int firstPeriod, List<String> sections, List<Member> posts,
                        List<Member> companies) {
        public Phase {
            sections = List.copyOf(sections);
            posts = List.copyOf(posts);
            companies = List.copyOf(companies);
        }

        public Phase withFirstPeriod(int period) {
            return new Phase(id, name, period, sections, posts, companies);
        }

        Phase withId(Long newId) {
            return new Phase(newId, name, firstPeriod, sections, posts, companies);
        }
    }

    /**
     * A post or company in a phase: the record's id, and its code to show. The same member whatever its code, so that
     * a phase read before a rename and the choices read after it agree.
     */
    public record Member(long id, String code) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Member member && member.id == id;
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(id);
        }

        @Override
        public String toString() {
            return code;
        }
    }
}
