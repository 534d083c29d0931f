package org.jmatu.planner.planning.calendar.versions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.scenario.Scenario;

/** A saved calendar as its readers see it. */
public record CalendarVersion(long id, String name, String scenario, boolean published, String score, boolean feasible,
                              LocalDateTime createdAt, List<PlannedExercise> exercises, Set<String> pinnedStarts,
                              Set<String> pinnedAreas) {

    /** The pins as the scenario file's {@code pinned.exercises}. */
    public List<Scenario.PinnedExercise> pins() {
        return exercises.stream()
                .filter(r -> pinnedStarts.contains(r.exercise()) || pinnedAreas.contains(r.exercise()))
                .map(r -> new Scenario.PinnedExercise(r.exercise(),
                        pinnedStarts.contains(r.exercise()) ? r.start() : null,
                        pinnedAreas.contains(r.exercise()) ? r.trainingArea() : null))
                .toList();
    }
}
