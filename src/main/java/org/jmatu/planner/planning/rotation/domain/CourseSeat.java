package org.jmatu.planner.planning.rotation.domain;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One place on an English course (rule 17). The attendee is a nullable planning variable whose value range is the
 * people the course admits, so a seat never goes to the wrong nation or level; one entity per seat keeps the
 * course's seat count without a constraint. A seat a planner pinned keeps its attendee.
 */
@PlanningEntity
public class CourseSeat {

    public static final String CANDIDATES = "candidates";

    @PlanningId
    private String id;
    private CourseFact course;
    private List<PersonFact> candidates;
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = CANDIDATES, nullable = true)
    private PersonFact person;

    public CourseSeat() {
    }

    public CourseSeat(CourseFact course, int seat, List<PersonFact> candidates) {
        this.id = course.id() + "#" + seat;
        this.course = course;
        this.candidates = candidates;
    }

    @ValueRangeProvider(id = CANDIDATES)
    public List<PersonFact> getCandidates() {
        return candidates;
    }

    /** Gives the seat to {@code attendee} for good: a solve keeps it. */
    public void pin(PersonFact attendee) {
        person = attendee;
        pinned = true;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public String getId() { return id; }
    public CourseFact getCourse() { return course; }
    public PersonFact getPerson() { return person; }
    public void setPerson(PersonFact person) { this.person = person; }

    /** Whole months the attendee stays available after the course: how long the training pays back. */
    public long monthsAvailableAfter() {
        if (person == null || person.availableTo() == null) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, ChronoUnit.MONTHS.between(course.end(), person.availableTo()));
    }

    @Override
    public String toString() {
        return id + "=" + person;
    }
}
