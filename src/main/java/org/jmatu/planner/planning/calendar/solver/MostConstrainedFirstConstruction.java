package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.Participation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The calendar's construction: places the exercises not yet placed, most constrained first (fewest
 * (start day, area, company) options left after the hard rules that do not depend on other exercises), each at
 * a (start, area) with a company set that keeps every hard rule given the exercises already placed, the cheapest
 * in travel and hosting of a sample of them. An exercise with no such place left gets the place that breaks the
 * fewest rules the options know of, and the local search repairs it. Exercises already placed (a previous plan,
 * pins in both) are kept. Deterministic: the same problem gives the same calendar.
 */
public final class MostConstrainedFirstConstruction implements CustomPhaseCommand<CalendarSolution> {

    private static final int SAMPLE = 200;

    @Override
    public void changeWorkingSolution(ScoreDirector<CalendarSolution> scoreDirector) {
        CalendarSolution solution = scoreDirector.getWorkingSolution();
        CalendarOptions options = new CalendarOptions(solution);
        Random random = new Random(17);
        List<Integer> open = new ArrayList<>();
        for (int e = 0; e < options.size(); e++) {
            if (!placed(options, e)) {
                open.add(e);
            }
        }
        Map<Integer, Long> counts = new HashMap<>();
        open.forEach(e -> counts.put(e, options.staticOptionCount(e)));
        open.sort(Comparator.comparingLong((Integer e) -> counts.get(e)).thenComparingInt(e -> e));
        Map<String, Integer> hosted = new HashMap<>();
        for (int e = 0; e < options.size(); e++) {
            ExerciseAssignment a = options.assignment(e);
            if (!open.contains(e) && a.getArea() != null) {
                hosted.merge(a.getArea().nation(), 1, Integer::sum);
            }
        }
        for (int e : open) {
            CalendarOptions.Placement placement = best(options, e, random, hosted);
            hosted.merge(placement.area().nation(), 1, Integer::sum);
            PlacementMove move = options.move(List.of(placement));
            move.doMoveOnly(scoreDirector);
        }
        scoreDirector.triggerVariableListeners();
    }

    private static boolean placed(CalendarOptions options, int e) {
        ExerciseAssignment a = options.assignment(e);
        return a.getStart() != null && a.getArea() != null
                && options.participations(e).stream().allMatch(p -> p.getParticipating() != null);
    }

    private static CalendarOptions.Placement best(CalendarOptions options, int e, Random random,
                                                  Map<String, Integer> hosted) {
        ExerciseAssignment a = options.assignment(e);
        List<CalendarOptions.Option> candidates = options.options(e, Map.of(), -1, false);
        if (candidates.isEmpty()) {
            candidates = options.options(e, Map.of(), -1, true);
        }
        if (candidates.isEmpty()) {
            return fallback(options, e, random);
        }
        CalendarOptions.Placement best = null;
        double bestCost = Double.MAX_VALUE;
        for (int i = 0; i < Math.min(SAMPLE, candidates.size()); i++) {
            CalendarOptions.Option option = candidates.size() <= SAMPLE ? candidates.get(i)
                    : candidates.get(random.nextInt(candidates.size()));
            CalendarOptions.Placement placement = minimal(options, options.choose(option, -1, random), a);
            double cost = 50.0 * hosted.getOrDefault(placement.area().nation(), 0);
            List<Participation> ps = options.participations(e);
            BitSet in = placement.participants();
            for (int c = in.nextSetBit(0); c >= 0; c = in.nextSetBit(c + 1)) {
                cost += ps.get(c).getCompany().distanceKmTo(placement.area()) / 100.0;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = placement;
            }
        }
        return best;
    }

    /** The chosen companies cut back to the minimum count while the capabilities stay covered (fewer clash later). */
    private static CalendarOptions.Placement minimal(CalendarOptions options, CalendarOptions.Placement placement,
                                                     ExerciseAssignment a) {
        int e = options.indexOf(a);
        BitSet in = (BitSet) placement.participants().clone();
        for (int c = in.length() - 1; c >= 0 && in.cardinality() > a.getExercise().minCompanies(); c--) {
            if (in.get(c)) {
                in.clear(c);
                if (!options.covers(e, in)) {
                    in.set(c);
                }
            }
        }
        return new CalendarOptions.Placement(a, placement.start(), placement.area(), in);
    }

    /** No place keeps the rules: the first start and area of its ranges with the minimum of companies. */
    private static CalendarOptions.Placement fallback(CalendarOptions options, int e, Random random) {
        ExerciseAssignment a = options.assignment(e);
        BitSet in = new BitSet();
        int count = options.participations(e).size();
        for (int c = 0; c < Math.min(count, a.getExercise().minCompanies()); c++) {
            in.set(c);
        }
        return new CalendarOptions.Placement(a, a.getStart() != null ? a.getStart() : a.getStartRange().getFirst(),
                a.getArea() != null ? a.getArea() : a.getAreaRange().getFirst(), in);
    }
}
