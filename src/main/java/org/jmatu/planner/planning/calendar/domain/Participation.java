package org.jmatu.planner.planning.calendar.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Whether one eligible company takes part in one exercise. One entity per (exercise, company) pair keeps
 * the moves small: a change flips one company in or out, a swap trades two companies' places.
 */
@PlanningEntity
public class Participation {

    @PlanningId
    private long id;
    private ExerciseAssignment assignment;
    private CompanyFact company;

    @PlanningVariable(valueRangeProviderRefs = "participationRange")
    private Boolean participating;

    Participation() {
    }

    public Participation(long id, ExerciseAssignment assignment, CompanyFact company) {
        this.id = id;
        this.assignment = assignment;
        this.company = company;
    }

    public Participation(long id, ExerciseAssignment assignment, CompanyFact company, boolean participating) {
        this(id, assignment, company);
        this.participating = participating;
    }

    public long getId() {
        return id;
    }

    public ExerciseAssignment getAssignment() {
        return assignment;
    }

    public CompanyFact getCompany() {
        return company;
    }

    public Boolean getParticipating() {
        return participating;
    }

    public void setParticipating(Boolean participating) {
        this.participating = participating;
    }

    public boolean isParticipating() {
        return Boolean.TRUE.equals(participating);
    }

    /** The exercise's year (fixed by its window), for the "trains every year" rule. */
    public int getYear() {
        return assignment.getExercise().year();
    }

    @Override
    public String toString() {
        return assignment + "/" + company + "=" + participating;
    }
}
