package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.planning.calendar.domain.Span;
import org.jmatu.planner.shared.Message;

/** A participating company is {@code reason} ("not attached", "unavailable") on some exercise days (rule 13). */
public record CompanyDatesJustification(String exercise, String company, String reason, int days, Span planned)
        implements CalendarJustification {

    @Override
    public Message message() {
        // reason: "not attached" or "unavailable"
        return Message.of("why.company-dates." + reason.replace(' ', '-'), exercise, planned.toString(), company, days);
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
