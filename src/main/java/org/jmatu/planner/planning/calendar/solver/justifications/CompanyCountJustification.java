package org.jmatu.planner.planning.calendar.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the "CompanyCount" rule matched, in words a planner reads. */
public record CompanyCountJustification(String exercise, int companies, int minCompanies, int maxCompanies) implements ConstraintJustification {

    @Override
    public String toString() {
        return exercise + ": " + companies + " companies, needs " + minCompanies + ".." + maxCompanies;
    }
}
