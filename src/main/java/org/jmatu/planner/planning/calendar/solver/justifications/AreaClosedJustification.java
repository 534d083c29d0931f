package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jmatu.planner.shared.Message;

/** An exercise runs on days its training area is closed (rule 11): how many, and the closed months. */
public record AreaClosedJustification(String exercise, String area, int closedDays, Set<Integer> closedMonths)
        implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.area-closed", exercise, area, closedDays, new TreeSet<>(closedMonths).toString());
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
