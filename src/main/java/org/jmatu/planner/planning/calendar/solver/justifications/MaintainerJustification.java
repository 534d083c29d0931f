package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A company brings equipment whose maintainers are missing from the HQ roster of a period the exercise touches. */
public record MaintainerJustification(String exercise, String company, int period, Set<String> missingStandards)
        implements CalendarJustification {

    @Override
    public String description() {
        return exercise + ": " + company + " brings " + String.join(", ", new TreeSet<>(missingStandards))
                + " equipment without maintainers in the HQ roster of period " + period;
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
