package org.jmatu.planner.planning.rotation.domain;

import java.time.LocalDate;
import java.util.List;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * An English course on offer (rule 17): {@code seats} places for people of {@code nations} (any nation where
 * null) whose English is {@code fromLevel} or more and below {@code toLevel}; they leave it at {@code toLevel}.
 * Equality is by id.
 */
public record CourseFact(String id, String name, LocalDate start, LocalDate end, int seats, int fromLevel,
                         int toLevel, List<String> nations) {

    @PlanningId
    @Override
    public String id() {
        return id;
    }

    /**
     * Whether {@code person} may attend: of an admitted nation, with English in the course's range. Levels reached
     * on earlier courses are not counted, so the solver never sends one person on two courses in a row.
     */
    public boolean admits(PersonFact person) {
        return (nations == null || nations.contains(person.nationCode()))
                && person.english() >= fromLevel && person.english() < toLevel;
    }

    /** Whether the course has a day in {@code from..to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && !end.isBefore(from);
    }

    /** Whether its attendees have their new level on {@code day} (rule 2: the course ended on or before it). */
    public boolean endsBy(LocalDate day) {
        return !end.isAfter(day);
    }

    /** Whether its attendees have the English {@code slot}'s post needs by the slot's hand-over day (rule 2). */
    public boolean qualifiesFor(RotationSlot slot) {
        return endsBy(slot.getReportBy()) && toLevel >= slot.getPost().englishMin();
    }

    @Override public boolean equals(Object other) { return other instanceof CourseFact course && course.id.equals(id); }
    @Override public int hashCode() { return id.hashCode(); }
    @Override public String toString() { return id; }
}
