package org.jmatu.planner.planning.calendar.solver;

import java.util.Random;

/**
 * Random {@link PlacementMove}s: an exercise (half the time one that breaks a hard rule) moves to a random
 * (start, area) where the area is open, free and not blacked out and a set of companies covering its capabilities
 * is free of blackouts, absences and other exercises, and takes such a set; see
 * {@link CalendarMoveFactory#place}.
 */
public final class PlacementMoveFactory extends CalendarMoveFactory {

    @Override
    PlacementMove nextMove(Random random) {
        return place(pickExercise(random), -1, random);
    }
}
