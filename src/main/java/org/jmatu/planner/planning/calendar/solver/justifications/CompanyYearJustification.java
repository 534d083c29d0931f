package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** An attached company takes part in no exercise of a year. */
public record CompanyYearJustification(String company, int year) implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.company-year", company, String.valueOf(year));
    }

    @Override
    public List<String> exercises() {
        return List.of();
    }
}
