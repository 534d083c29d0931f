package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An exercise runs on days its training area is closed (rule 11): how many, and the closed months. */
public record AreaClosedJustification(String exercise, String area, int closedDays, Set<Integer> closedMonths)
        implements CalendarJustification {

    @Override
    public String description() {
        return exercise + " at " + area + ": " + closedDays + " days in closed months " + new TreeSet<>(closedMonths);
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
