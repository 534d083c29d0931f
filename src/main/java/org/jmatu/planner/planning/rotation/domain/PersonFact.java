package org.jmatu.planner.planning.rotation.domain;

import java.time.LocalDate;
import java.util.Set;
import org.jmatu.planner.shared.PersonNames;
import org.jmatu.planner.shared.Rank;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A nominated person as the rotation solver sees them, with the native-script form of the name (null if none)
 * for the views. Equality is by id.
 */
public record PersonFact(String id, String name, NationFact nation, Rank rank, Set<String> skills, int english,
                         LocalDate availableFrom, LocalDate availableTo, String nativeName) {

    /** A person with a Latin name only. */
    public PersonFact(String id, String name, NationFact nation, Rank rank, Set<String> skills, int english,
                      LocalDate availableFrom, LocalDate availableTo) {
        this(id, name, nation, rank, skills, english, availableFrom, availableTo, null);
    }

    /** The id, also OptaPlanner's planning id: multithreaded solving (moveThreadCount) looks values up by it. */
    @PlanningId
    @Override
    public String id() {
        return id;
    }


    public String nationCode() {
        return nation.code();
    }

    /** Rule 3: present from {@code reportBy} (period start minus hand-over days) to the period's end. */
    public boolean availableBetween(LocalDate reportBy, LocalDate until) {
        return (availableFrom == null || !availableFrom.isAfter(reportBy))
                && (availableTo == null || !availableTo.isBefore(until));
    }

    /** The name as the current page's reader reads it (see {@link PersonNames}); the Latin one outside a page. */
    public String shownName() {
        return PersonNames.shown(name, nativeName);
    }

    /** "A. Ivanov (RUS OF-3)", the name as {@link #shownName()}. */
    public String label() {
        return shownName() + " (" + nation.code() + " " + rank.code() + ")";
    }

    // identity is the id: the solver compares facts often, and their collections need not be compared
    @Override public boolean equals(Object other) { return other instanceof PersonFact person && person.id.equals(id); }
    @Override public int hashCode() { return id.hashCode(); }
    @Override public String toString() { return id; }
}
