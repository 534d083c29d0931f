package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "CompanyClash" rule matched, in words a planner reads. */
public record CompanyClashJustification(String company, String first, String second, int overlapDays) implements ConstraintJustification {

    @Override
    public String toString() {
        return company + " is in " + first + " and " + second + " at once (" + overlapDays + " days)";
    }
}
