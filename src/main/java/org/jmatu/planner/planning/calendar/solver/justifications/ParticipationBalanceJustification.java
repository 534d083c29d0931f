package org.jmatu.planner.planning.calendar.solver.justifications;

import org.jmatu.planner.planning.calendar.domain.NationShare;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** How many participations each nation has against its number of companies. */
public record ParticipationBalanceJustification(java.util.List<NationShare> shares) implements ConstraintJustification {

    @Override
    public String toString() {
        return "Participations per nation (companies): " + shares.stream().map(NationShare::toString).sorted().collect(java.util.stream.Collectors.joining(", "));
    }
}
