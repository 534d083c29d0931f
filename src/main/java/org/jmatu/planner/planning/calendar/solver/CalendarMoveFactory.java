package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * What the calendar's compound move factories share: the {@link CalendarOptions} of the working solution, built
 * when a phase starts, random selection only, and the way a placement that takes companies from overlapping
 * exercises re-places those exercises in the same move (an ejection chain one link long). Public because
 * OptaPlanner instantiates the factories by reflection.
 */
public abstract class CalendarMoveFactory implements MoveIteratorFactory<CalendarSolution, PlacementMove> {

    private CalendarOptions options;

    CalendarOptions options() {
        return options;
    }

    @Override
    public void phaseStarted(ScoreDirector<CalendarSolution> scoreDirector) {
        options = new CalendarOptions(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<CalendarSolution> scoreDirector) {
        options = null;
    }

    @Override
    public long getSize(ScoreDirector<CalendarSolution> scoreDirector) {
        long size = 0;
        for (ExerciseAssignment a : scoreDirector.getWorkingSolution().getAssignments()) {
            size += (long) a.getStartRange().size() * a.getAreaRange().size();
        }
        return size;
    }

    @Override
    public Iterator<PlacementMove> createOriginalMoveIterator(ScoreDirector<CalendarSolution> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " selects its moves at random only.");
    }

    @Override
    public Iterator<PlacementMove> createRandomMoveIterator(ScoreDirector<CalendarSolution> scoreDirector, Random random) {
        if (options == null) {
            phaseStarted(scoreDirector);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return options.size() > 0;
            }

            @Override
            public PlacementMove next() {
                return nextMove(random);
            }
        };
    }

    abstract PlacementMove nextMove(Random random);

    /** A random exercise; with even odds one whose placement breaks a hard rule, while there is one. */
    int pickExercise(Random random) {
        if (random.nextBoolean()) {
            List<Integer> broken = new ArrayList<>();
            for (int e = 0; e < options.size(); e++) {
                if (options.broken(e)) {
                    broken.add(e);
                }
            }
            if (!broken.isEmpty()) {
                return broken.get(random.nextInt(broken.size()));
            }
        }
        return random.nextInt(options.size());
    }

    /**
     * Places {@code exercise} at a random (start, area) where a set of free companies (with {@code mustInclude})
     * keeps the hard rules; where there is none, at one where it does once companies of overlapping exercises are
     * taken, and re-places each of those exercises in the same move where it has a place left.
     */
    PlacementMove place(int exercise, int mustInclude, Random random) {
        List<CalendarOptions.Option> free = options.options(exercise, Map.of(), mustInclude, false);
        if (!free.isEmpty()) {
            return options.move(List.of(options.choose(free.get(random.nextInt(free.size())), mustInclude, random)));
        }
        List<CalendarOptions.Option> taking = options.options(exercise, Map.of(), mustInclude, true);
        if (taking.isEmpty()) {
            return PlacementMove.NONE;
        }
        CalendarOptions.Placement placement = options.choose(taking.get(random.nextInt(taking.size())), mustInclude, random);
        Map<Integer, CalendarOptions.Placement> overrides = new HashMap<>();
        overrides.put(exercise, placement);
        List<CalendarOptions.Placement> placements = new ArrayList<>();
        placements.add(placement);
        for (int other : options.clashing(placement, overrides)) {
            List<CalendarOptions.Option> left = options.options(other, overrides, -1, false);
            if (!left.isEmpty()) {
                CalendarOptions.Placement moved = options.choose(left.get(random.nextInt(left.size())), -1, random);
                overrides.put(other, moved);
                placements.add(moved);
            }
        }
        return options.move(placements);
    }
}
