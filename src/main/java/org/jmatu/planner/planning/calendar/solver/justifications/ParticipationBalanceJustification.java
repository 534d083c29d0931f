package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.calendar.domain.NationShare;
import org.jmatu.planner.shared.Message;

/** How many participations each nation has against its number of companies. */
public record ParticipationBalanceJustification(List<NationShare> shares) implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.participation", shares.stream()
                .map(share -> share.nation() + " " + share.participations() + " (" + share.companies() + ")")
                .sorted().collect(Collectors.joining(", ")));
    }

    @Override
    public List<String> exercises() {
        return List.of();
    }
}
