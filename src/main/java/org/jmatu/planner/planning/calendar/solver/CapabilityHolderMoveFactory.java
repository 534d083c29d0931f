package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.domain.Participation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random {@link PlacementMove}s around one company: for an exercise (half the time one that breaks a hard rule),
 * a holder of one of its missing capabilities (of a required one where none is missing) joins it, and the dates
 * and area shift to where that company is free, with companies of the old set kept where they are free too. This
 * is the move that finds a rare capability's holder's one free window.
 */
public final class CapabilityHolderMoveFactory extends CalendarMoveFactory {

    @Override
    PlacementMove nextMove(Random random) {
        int exercise = pickExercise(random);
        CalendarOptions options = options();
        CalendarOptions.Placement now = options.current(exercise);
        Set<String> missing = options.missing(exercise, now == null ? new BitSet() : now.participants());
        List<String> capabilities = new ArrayList<>(missing.isEmpty()
                ? options.assignment(exercise).getExercise().requiredCapabilities() : missing);
        if (capabilities.isEmpty()) {
            return PlacementMove.NONE;
        }
        capabilities.sort(null);
        String capability = capabilities.get(random.nextInt(capabilities.size()));
        List<Participation> participations = options.participations(exercise);
        List<Integer> holders = new ArrayList<>();
        for (int c = 0; c < participations.size(); c++) {
            if (participations.get(c).getCompany().capabilities().contains(capability)) {
                holders.add(c);
            }
        }
        if (holders.isEmpty()) {
            return PlacementMove.NONE;
        }
        return place(exercise, holders.get(random.nextInt(holders.size())), random);
    }
}
