package org.jmatu.planner.planning.calendar.domain;

import java.util.List;

/**
 * A solved (or hand-edited) exercise calendar: the plan file's {@code exercises} rows, the score, the
 * planning conferences, the years with fewer than two exercises, and warnings a planner should read.
 */
public record CalendarPlan(String scenario, String score, boolean feasible, List<PlannedExercise> exercises,
                           List<PlanningConference> conferences, List<ThinYear> thinYears, List<String> warnings) {

    /** A year of the horizon with fewer than the two combined field exercises the unit holds each year. */
    public record ThinYear(int year, int exercises) {
    }

    public PlannedExercise row(String exerciseId) {
        return exercises.stream().filter(r -> r.exercise().equals(exerciseId)).findFirst().orElse(null);
    }
}
