package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jmatu.planner.shared.Message;

/** A company brings equipment whose maintainers are missing from the HQ roster of a period the exercise touches. */
public record MaintainerJustification(String exercise, String company, int period, Set<String> missingStandards)
        implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.maintainer", exercise, company, String.join(", ", new TreeSet<>(missingStandards)),
                String.valueOf(period));
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
