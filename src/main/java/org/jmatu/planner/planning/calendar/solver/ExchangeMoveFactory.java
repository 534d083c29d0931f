package org.jmatu.planner.planning.calendar.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.AreaFact;
import org.jmatu.planner.planning.calendar.domain.CompanyFact;

/**
 * Random {@link PlacementMove}s between two exercises (three times in four of the same year): a company of one
 * takes the place of a company of the other (one time in three two companies each way), each free at its new
 * exercise's dates, and half the time each exercise also moves to another free area at its dates. Where every
 * company must train each year and each
 * exercise has few companies, the companies of a year's exercises are a partition; the change and placement moves
 * cannot change the partition without leaving a company out of the year (docs/benchmarks.md), and the cheaper
 * area for the new set is often another one.
 */
public final class ExchangeMoveFactory extends CalendarMoveFactory {

    @Override
    PlacementMove nextMove(Random random) {
        CalendarOptions options = options();
        if (options.size() < 2) {
            return PlacementMove.NONE;
        }
        int first = pickExercise(random);
        int second = partner(options, first, random);
        CalendarOptions.Placement one = options.current(first);
        CalendarOptions.Placement two = options.current(second);
        if (one == null || two == null) {
            return PlacementMove.NONE;
        }
        BitSet firstSet = (BitSet) one.participants().clone();
        BitSet secondSet = (BitSet) two.participants().clone();
        Set<Integer> pair = Set.of(first, second);
        BitSet freeInFirst = options.freeAtCurrentDates(first, pair);
        BitSet freeInSecond = options.freeAtCurrentDates(second, pair);
        int companies = random.nextInt(3) == 0 ? 2 : 1;
        int exchanged = 0;
        while (exchanged < companies) {
            // {index in the exercise it leaves, index in the one it joins}, among the companies not yet exchanged
            int[] out = outgoing(options, first, stillIn(firstSet, one), second, secondSet, freeInSecond, random);
            int[] in = outgoing(options, second, stillIn(secondSet, two), first, firstSet, freeInFirst, random);
            if (out == null || in == null) {
                break;
            }
            firstSet.clear(out[0]);
            secondSet.set(out[1]);
            secondSet.clear(in[0]);
            firstSet.set(in[1]);
            exchanged++;
        }
        return exchanged == 0 ? PlacementMove.NONE : options.move(List.of(withArea(options, first, one, firstSet, random),
                withArea(options, second, two, secondSet, random)));
    }

    private static BitSet stillIn(BitSet now, CalendarOptions.Placement before) {
        BitSet still = (BitSet) now.clone();
        still.and(before.participants());
        return still;
    }

    private static int partner(CalendarOptions options, int exercise, Random random) {
        int year = options.assignment(exercise).getExercise().year();
        List<Integer> sameYear = new ArrayList<>();
        for (int j = 0; j < options.size(); j++) {
            if (j != exercise && options.assignment(j).getExercise().year() == year) {
                sameYear.add(j);
            }
        }
        if (!sameYear.isEmpty() && random.nextInt(4) != 0) {
            return sameYear.get(random.nextInt(sameYear.size()));
        }
        int other = random.nextInt(options.size() - 1);
        return other >= exercise ? other + 1 : other;
    }

    /**
     * A random company of {@code in} (of {@code from}) that is not in {@code toSet} and is free at {@code to}'s dates
     * ({@code freeInTo}): its participation index in {@code from} and in {@code to}, or {@code null}.
     */
    private static int[] outgoing(CalendarOptions options, int from, BitSet in, int to, BitSet toSet, BitSet freeInTo,
                                  Random random) {
        List<int[]> candidates = new ArrayList<>();
        for (int c = in.nextSetBit(0); c >= 0; c = in.nextSetBit(c + 1)) {
            CompanyFact company = options.participations(from).get(c).getCompany();
            int there = options.participationOf(to, company);
            if (there >= 0 && !toSet.get(there) && freeInTo.get(there)) {
                candidates.add(new int[] {c, there});
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private static CalendarOptions.Placement withArea(CalendarOptions options, int exercise, CalendarOptions.Placement now,
                                                      BitSet participants, Random random) {
        AreaFact area = now.area();
        if (random.nextBoolean()) {
            List<Integer> free = options.freeAreasAtCurrentDates(exercise, participants.cardinality());
            if (!free.isEmpty()) {
                area = now.assignment().getAreaRange().get(free.get(random.nextInt(free.size())));
            }
        }
        return new CalendarOptions.Placement(now.assignment(), now.start(), area, participants);
    }
}
