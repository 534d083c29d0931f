package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** A company takes part in two exercises at once (rule 13). */
public record CompanyClashJustification(String company, String first, String second, int overlapDays)
        implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.company-clash", company, first, second, overlapDays);
    }

    @Override
    public List<String> exercises() {
        return List.of(first, second);
    }
}
