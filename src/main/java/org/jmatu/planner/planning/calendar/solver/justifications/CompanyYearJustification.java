package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "CompanyYear" rule matched, in words a planner reads. */
public record CompanyYearJustification(String company, int year) implements ConstraintJustification {

    @Override
    public String toString() {
        return company + " does not train in " + year;
    }
}
