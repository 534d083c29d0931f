package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;

/** How many exercises one nation hosts over the horizon. */
public record HostingShareJustification(String nation, int hosted) implements CalendarJustification {

    @Override
    public String description() {
        return nation + " hosts " + hosted + " exercises";
    }

    @Override
    public List<String> exercises() {
        return List.of();
    }
}
