package org.jmatu.planner.planning.calendar.domain;

import java.util.ArrayList;
import java.util.List;

/** How many weeks before an exercise's start its initial, main and final planning conferences are held. */
public record ConferenceSchedule(int initialWeeks, int mainWeeks, int finalWeeks) {

    public static final ConferenceSchedule DEFAULT = new ConferenceSchedule(12, 8, 4);

    public ConferenceSchedule {
        if (initialWeeks < 0 || mainWeeks < 0 || finalWeeks < 0) {
            throw new IllegalArgumentException("conference weeks must not be negative");
        }
    }

    public List<PlanningConference> conferencesFor(PlannedExercise exercise) {
        List<PlanningConference> conferences = new ArrayList<>(3);
        conferences.add(new PlanningConference(exercise.exercise(), PlanningConference.Kind.INITIAL,
                exercise.start().minusWeeks(initialWeeks)));
        conferences.add(new PlanningConference(exercise.exercise(), PlanningConference.Kind.MAIN,
                exercise.start().minusWeeks(mainWeeks)));
        conferences.add(new PlanningConference(exercise.exercise(), PlanningConference.Kind.FINAL,
                exercise.start().minusWeeks(finalWeeks)));
        return conferences;
    }
}
