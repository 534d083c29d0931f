package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;

/** Two exercises of one year are fewer free days apart than the spread asks for. */
public record SpreadJustification(String first, String second, int gapDays) implements CalendarJustification {

    @Override
    public String description() {
        return first + " and " + second + " are " + gapDays + " days apart";
    }

    @Override
    public List<String> exercises() {
        return List.of(first, second);
    }
}
