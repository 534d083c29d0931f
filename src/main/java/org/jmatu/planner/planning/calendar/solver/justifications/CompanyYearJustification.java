package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;

/** An attached company takes part in no exercise of a year. */
public record CompanyYearJustification(String company, int year) implements CalendarJustification {

    @Override
    public String description() {
        return company + " does not train in " + year;
    }

    @Override
    public List<String> exercises() {
        return List.of();
    }
}
