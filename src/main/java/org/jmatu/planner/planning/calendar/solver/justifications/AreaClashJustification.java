package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;

/** Two exercises use one training area at once (rule 12). */
public record AreaClashJustification(String area, String first, String second, int overlapDays)
        implements CalendarJustification {

    @Override
    public String description() {
        return area + ": " + first + " and " + second + " overlap by " + overlapDays + " days";
    }

    @Override
    public List<String> exercises() {
        return List.of(first, second);
    }
}
