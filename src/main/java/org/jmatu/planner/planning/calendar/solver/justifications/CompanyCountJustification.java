package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** An exercise has fewer or more companies than its minimum or maximum (rule 13). */
public record CompanyCountJustification(String exercise, int companies, int minCompanies, int maxCompanies)
        implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.company-count", exercise, companies, minCompanies, maxCompanies);
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
