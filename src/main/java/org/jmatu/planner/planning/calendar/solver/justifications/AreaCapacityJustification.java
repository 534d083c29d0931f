package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;

/** More companies take part in an exercise than its training area holds (rule 12). */
public record AreaCapacityJustification(String exercise, String area, int companies, int capacity)
        implements CalendarJustification {

    @Override
    public String description() {
        return exercise + " at " + area + ": " + companies + " companies, capacity " + capacity;
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
