package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** No participant of an exercise brings some of its required capabilities (rule 14). */
public record CapabilitiesJustification(String exercise, Set<String> missing) implements CalendarJustification {

    @Override
    public String description() {
        return exercise + ": no participant brings " + String.join(", ", new TreeSet<>(missing));
    }

    @Override
    public List<String> exercises() {
        return List.of(exercise);
    }
}
