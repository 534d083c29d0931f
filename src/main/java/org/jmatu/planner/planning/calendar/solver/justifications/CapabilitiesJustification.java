package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jmatu.planner.shared.Message;

/** No participant of an exercise brings some of its required capabilities (rule 14). */
public record CapabilitiesJustification(String exercise, Set<String> missing) implements CalendarJustification {

    @Override
    public Message message() {
        return Message.of("why.capabilities", exercise, String.join(", ", new TreeSet<>(missing)));
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
