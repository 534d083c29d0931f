package org.jmatu.planner.planning.calendar.solver.justifications;

import org.jmatu.planner.planning.calendar.domain.Span;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "CompanyDates" rule matched, in words a planner reads. */
public record CompanyDatesJustification(String exercise, String company, String reason, int days, Span planned) implements ConstraintJustification {

    @Override
    public String toString() {
        return exercise + " " + planned + ": " + company + " " + reason + " on " + days + " days";
    }
}
