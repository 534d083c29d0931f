package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;

/** How far a participating company travels, home base to the exercise's training area (great-circle). */
public record TravelJustification(String exercise, String company, String area, long km)
        implements CalendarJustification {

    @Override
    public String description() {
        return company + " to " + exercise + " at " + area + ": " + km + " km";
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
