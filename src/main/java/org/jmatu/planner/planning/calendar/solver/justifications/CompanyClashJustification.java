package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;

/** A company takes part in two exercises at once (rule 13). */
public record CompanyClashJustification(String company, String first, String second, int overlapDays)
        implements CalendarJustification {

    @Override
    public String description() {
        return company + " is in " + first + " and " + second + " at once (" + overlapDays + " days)";
    }

    @Override
    public List<String> exercises() {
        return List.of(first, second);
    }
}
