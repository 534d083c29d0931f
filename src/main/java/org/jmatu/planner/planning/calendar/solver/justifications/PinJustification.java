package org.jmatu.planner.planning.calendar.solver.justifications;

import java.time.LocalDate;
import java.util.List;

/**
 * An exercise is off its pin (rule 16): the pinned start and area (either may be null, not pinned) against the
 * planned ones.
 */
public record PinJustification(String exercise, LocalDate pinnedStart, String pinnedArea, LocalDate start,
                               String area) implements CalendarJustification {

    @Override
    public String description() {
        return exercise + ": pinned " + (pinnedStart == null ? "" : pinnedStart + " ")
                + (pinnedArea == null ? "" : pinnedArea) + " but planned " + start + " " + area;
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
