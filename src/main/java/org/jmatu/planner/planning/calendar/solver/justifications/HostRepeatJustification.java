package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;

/** One nation hosts two consecutive exercises. */
public record HostRepeatJustification(String nation, String first, String second) implements CalendarJustification {

    @Override
    public String description() {
        return nation + " hosts " + first + " and the next exercise " + second;
    }

    @Override
    public List<String> exercises() {
        return List.of(first, second);
    }
}
