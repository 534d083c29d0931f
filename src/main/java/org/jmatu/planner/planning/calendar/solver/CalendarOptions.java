package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.domain.AreaFact;
import org.jmatu.planner.planning.calendar.domain.BlackoutFact;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.CompanyFact;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.Participation;
import org.jmatu.planner.planning.calendar.domain.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Where each exercise may go without breaking a hard rule, for the calendar's construction and its compound
 * moves. Built once per phase from the facts: per exercise and start day, the areas that are open and whose host
 * is not blacked out (rules 11, 15), and the companies that are attached, available and not blacked out (rules
 * 13, 15). What depends on the other exercises (an area or a company taken by an overlapping exercise, rules 12
 * and 13) is read from the working solution, or from a {@link Placement} not yet applied, when asked.
 */
final class CalendarOptions {

    /** An exercise's start, area and participants (by index into {@link #participations(int)}). */
    record Placement(ExerciseAssignment assignment, LocalDate start, AreaFact area, BitSet participants) {

        LocalDate end() {
            return start.plusDays(assignment.getExercise().durationDays() - 1L);
        }
    }

    /** A (start, area) of one exercise and the companies free to join it there. */
    record Option(int exercise, int start, int area, BitSet free) {
    }

    private final List<ExerciseAssignment> assignments;
    private final Map<ExerciseAssignment, Integer> indexOf = new IdentityHashMap<>();
    private final List<List<Participation>> participations = new ArrayList<>();
    /** [exercise][start] the areas (indices into the exercise's area range) open and not blacked out for the host. */
    private final BitSet[][] areasOk;
    /** [exercise][start] the participations whose company may take part on those days, ignoring other exercises. */
    private final BitSet[][] companiesOk;

    CalendarOptions(CalendarSolution solution) {
        this.assignments = solution.getAssignments();
        for (int i = 0; i < assignments.size(); i++) {
            indexOf.put(assignments.get(i), i);
            participations.add(new ArrayList<>());
        }
        for (Participation p : solution.getParticipations()) {
            Integer i = indexOf.get(p.getAssignment());
            if (i != null) {
                participations.get(i).add(p);
            }
        }
        Map<String, List<BlackoutFact>> blackouts = new HashMap<>();
        for (BlackoutFact b : solution.getBlackouts()) {
            blackouts.computeIfAbsent(b.nation(), n -> new ArrayList<>()).add(b);
        }
        areasOk = new BitSet[assignments.size()][];
        companiesOk = new BitSet[assignments.size()][];
        for (int i = 0; i < assignments.size(); i++) {
            ExerciseAssignment a = assignments.get(i);
            List<LocalDate> starts = a.getStartRange();
            List<AreaFact> areas = a.getAreaRange();
            List<Participation> ps = participations.get(i);
            int duration = a.getExercise().durationDays();
            areasOk[i] = new BitSet[starts.size()];
            companiesOk[i] = new BitSet[starts.size()];
            for (int s = 0; s < starts.size(); s++) {
                LocalDate from = starts.get(s);
                LocalDate to = from.plusDays(duration - 1L);
                boolean inWindow = !from.isBefore(a.getExercise().earliestStart()) && !to.isAfter(a.getExercise().latestEnd());
                BitSet areaBits = new BitSet(areas.size());
                for (int k = 0; k < areas.size() && inWindow; k++) {
                    AreaFact area = areas.get(k);
                    if (area.closedDays(from, to) == 0 && !blackedOut(blackouts, area.nation(), from, to)) {
                        areaBits.set(k);
                    }
                }
                BitSet companyBits = new BitSet(ps.size());
                for (int c = 0; c < ps.size() && inWindow; c++) {
                    CompanyFact company = ps.get(c).getCompany();
                    if (company.daysNotAttached(from, to) == 0 && company.daysUnavailable(from, to) == 0
                            && !blackedOut(blackouts, company.nation(), from, to)) {
                        companyBits.set(c);
                    }
                }
                areasOk[i][s] = areaBits;
                companiesOk[i][s] = companyBits;
            }
        }
    }

    private static boolean blackedOut(Map<String, List<BlackoutFact>> blackouts, String nation, LocalDate from, LocalDate to) {
        for (BlackoutFact b : blackouts.getOrDefault(nation, List.of())) {
            if (b.overlapDays(from, to) > 0) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return assignments.size();
    }

    ExerciseAssignment assignment(int exercise) {
        return assignments.get(exercise);
    }

    int indexOf(ExerciseAssignment assignment) {
        return indexOf.get(assignment);
    }

    List<Participation> participations(int exercise) {
        return participations.get(exercise);
    }

    /** The (start, area, company) triples left after the rules that do not depend on other exercises. */
    long staticOptionCount(int exercise) {
        long count = 0;
        for (int s = 0; s < areasOk[exercise].length; s++) {
            if (covers(exercise, companiesOk[exercise][s])) {
                count += (long) areasOk[exercise][s].cardinality() * companiesOk[exercise][s].cardinality();
            }
        }
        return count;
    }

    /** The current placement of an exercise in the working solution, or {@code null} while it is not fully set. */
    Placement current(int exercise) {
        ExerciseAssignment a = assignments.get(exercise);
        if (a.getStart() == null || a.getArea() == null) {
            return null;
        }
        List<Participation> ps = participations.get(exercise);
        BitSet in = new BitSet(ps.size());
        for (int c = 0; c < ps.size(); c++) {
            if (ps.get(c).isParticipating()) {
                in.set(c);
            }
        }
        return new Placement(a, a.getStart(), a.getArea(), in);
    }

    /**
     * Every (start, area) of {@code exercise} that keeps the hard rules given where the other exercises are
     * ({@code overrides} first, then the working solution): the area open, not blacked out and not taken, and
     * enough free companies to cover the capabilities and the minimum. With {@code ignoreBusyCompanies}, companies
     * in overlapping exercises count as free (so a move can take them and re-place their exercise).
     *
     * @param mustInclude a participation index that must be free there, or -1
     */
    List<Option> options(int exercise, Map<Integer, Placement> overrides, int mustInclude, boolean ignoreBusyCompanies) {
        ExerciseAssignment a = assignments.get(exercise);
        List<LocalDate> starts = a.getStartRange();
        List<AreaFact> areas = a.getAreaRange();
        int duration = a.getExercise().durationDays();
        int minimum = a.getExercise().minCompanies();
        List<Placement> others = others(exercise, overrides);
        List<Option> options = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            BitSet areaBits = areasOk[exercise][s];
            if (areaBits.isEmpty()) {
                continue;
            }
            LocalDate from = starts.get(s);
            LocalDate to = from.plusDays(duration - 1L);
            BitSet free = (BitSet) companiesOk[exercise][s].clone();
            Set<AreaFact> takenAreas = new HashSet<>();
            for (Placement other : others) {
                if (Span.overlapDays(from, to, other.start(), other.end()) > 0) {
                    takenAreas.add(other.area());
                    if (!ignoreBusyCompanies) {
                        removeCompanies(free, exercise, other);
                    }
                }
            }
            if ((mustInclude >= 0 && !free.get(mustInclude)) || free.cardinality() < minimum || !covers(exercise, free)) {
                continue;
            }
            for (int k = areaBits.nextSetBit(0); k >= 0; k = areaBits.nextSetBit(k + 1)) {
                AreaFact area = areas.get(k);
                if (!takenAreas.contains(area) && area.capacity() >= minimum) {
                    options.add(new Option(exercise, s, k, free));
                }
            }
        }
        return options;
    }

    private List<Placement> others(int exercise, Map<Integer, Placement> overrides) {
        List<Placement> others = new ArrayList<>(assignments.size());
        for (int j = 0; j < assignments.size(); j++) {
            if (j == exercise) {
                continue;
            }
            Placement other = overrides.containsKey(j) ? overrides.get(j) : current(j);
            if (other != null) {
                others.add(other);
            }
        }
        return others;
    }

    private void removeCompanies(BitSet free, int exercise, Placement other) {
        List<Participation> mine = participations.get(exercise);
        List<Participation> theirs = participations.get(indexOf(other.assignment()));
        for (int c = other.participants().nextSetBit(0); c >= 0; c = other.participants().nextSetBit(c + 1)) {
            CompanyFact company = theirs.get(c).getCompany();
            for (int m = free.nextSetBit(0); m >= 0; m = free.nextSetBit(m + 1)) {
                if (mine.get(m).getCompany().equals(company)) {
                    free.clear(m);
                    break;
                }
            }
        }
    }

    /** The index of {@code company}'s participation in {@code exercise}, or -1 where it is not attached in its window. */
    int participationOf(int exercise, CompanyFact company) {
        List<Participation> ps = participations.get(exercise);
        for (int c = 0; c < ps.size(); c++) {
            if (ps.get(c).getCompany().equals(company)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The participations of {@code exercise} whose company may take part at the exercise's current dates: attached,
     * available, not blacked out, and in no overlapping exercise other than those in {@code ignoring}.
     */
    BitSet freeAtCurrentDates(int exercise, Set<Integer> ignoring) {
        Placement now = current(exercise);
        int s = now == null ? -1 : now.assignment().getStartRange().indexOf(now.start());
        if (s < 0) {
            return new BitSet();
        }
        BitSet free = (BitSet) companiesOk[exercise][s].clone();
        for (int j = 0; j < assignments.size(); j++) {
            Placement other = j == exercise || ignoring.contains(j) ? null : current(j);
            if (other != null && Span.overlapDays(now.start(), now.end(), other.start(), other.end()) > 0) {
                removeCompanies(free, exercise, other);
            }
        }
        return free;
    }

    /**
     * The areas (indices into the area range) open, not blacked out for the host and not taken by an overlapping
     * exercise at {@code exercise}'s current dates, with room for {@code companies}.
     */
    List<Integer> freeAreasAtCurrentDates(int exercise, int companies) {
        Placement now = current(exercise);
        int s = now == null ? -1 : now.assignment().getStartRange().indexOf(now.start());
        List<Integer> free = new ArrayList<>();
        if (s < 0) {
            return free;
        }
        Set<AreaFact> taken = new HashSet<>();
        for (Placement other : others(exercise, Map.of())) {
            if (Span.overlapDays(now.start(), now.end(), other.start(), other.end()) > 0) {
                taken.add(other.area());
            }
        }
        List<AreaFact> areas = now.assignment().getAreaRange();
        for (int k = areasOk[exercise][s].nextSetBit(0); k >= 0; k = areasOk[exercise][s].nextSetBit(k + 1)) {
            if (!taken.contains(areas.get(k)) && areas.get(k).capacity() >= companies) {
                free.add(k);
            }
        }
        return free;
    }

    /** Whether the companies {@code chosen} (participation indices) bring every capability the exercise requires. */
    boolean covers(int exercise, BitSet chosen) {
        return missing(exercise, chosen).isEmpty();
    }

    Set<String> missing(int exercise, BitSet chosen) {
        Set<String> missing = new HashSet<>(assignments.get(exercise).getExercise().requiredCapabilities());
        List<Participation> ps = participations.get(exercise);
        for (int c = chosen.nextSetBit(0); c >= 0 && !missing.isEmpty(); c = chosen.nextSetBit(c + 1)) {
            missing.removeAll(ps.get(c).getCompany().capabilities());
        }
        return missing;
    }

    /**
     * The companies for an option: {@code mustInclude} if given, then holders of each missing capability (at
     * random among those bringing the most of them), then current participants that are free, then random free
     * companies, up to a random size between the minimum and the smaller of the maximum and the area's capacity.
     */
    Placement choose(Option option, int mustInclude, Random random) {
        ExerciseAssignment a = assignments.get(option.exercise());
        List<Participation> ps = participations.get(option.exercise());
        AreaFact area = a.getAreaRange().get(option.area());
        int minimum = a.getExercise().minCompanies();
        int maximum = Math.max(minimum, Math.min(a.getExercise().maxCompanies(), area.capacity()));
        BitSet chosen = new BitSet(ps.size());
        if (mustInclude >= 0) {
            chosen.set(mustInclude);
        }
        Set<String> missing = missing(option.exercise(), chosen);
        while (!missing.isEmpty()) {
            int best = -1;
            int bestCount = 0;
            int ties = 0;
            for (int c = option.free().nextSetBit(0); c >= 0; c = option.free().nextSetBit(c + 1)) {
                if (chosen.get(c)) {
                    continue;
                }
                int count = 0;
                for (String capability : ps.get(c).getCompany().capabilities()) {
                    if (missing.contains(capability)) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    best = c;
                    bestCount = count;
                    ties = 1;
                } else if (count == bestCount && count > 0 && random.nextInt(++ties) == 0) {
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.set(best);
            missing.removeAll(ps.get(best).getCompany().capabilities());
        }
        int current = 0;
        for (Participation p : ps) {
            current += p.isParticipating() ? 1 : 0;
        }
        // keep the current number of companies where it is allowed (a move of dates and area, not of the set);
        // otherwise, or one time in four, a random size
        int target = current >= minimum && current <= maximum && random.nextInt(4) != 0 ? current
                : minimum + random.nextInt(maximum - minimum + 1);
        target = Math.max(chosen.cardinality(), target);
        List<Integer> keep = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int c = option.free().nextSetBit(0); c >= 0; c = option.free().nextSetBit(c + 1)) {
            if (!chosen.get(c)) {
                (ps.get(c).isParticipating() ? keep : rest).add(c);
            }
        }
        java.util.Collections.shuffle(keep, random);
        java.util.Collections.shuffle(rest, random);
        keep.addAll(rest);
        for (int c : keep) {
            if (chosen.cardinality() >= target) {
                break;
            }
            chosen.set(c);
        }
        return new Placement(a, a.getStartRange().get(option.start()), area, chosen);
    }

    /** The move that puts the given placements into the working solution. */
    PlacementMove move(List<Placement> placements) {
        List<PlacementMove.Change> changes = new ArrayList<>(placements.size());
        for (Placement placement : placements) {
            List<Participation> ps = participations.get(indexOf(placement.assignment()));
            List<Boolean> values = new ArrayList<>(ps.size());
            for (int c = 0; c < ps.size(); c++) {
                values.add(placement.participants().get(c));
            }
            changes.add(new PlacementMove.Change(placement.assignment(), placement.start(), placement.area(), ps, values));
        }
        return new PlacementMove(changes);
    }

    /** The exercises that overlap {@code placement} in time and have a company of it (in the working solution). */
    List<Integer> clashing(Placement placement, Map<Integer, Placement> overrides) {
        int exercise = indexOf(placement.assignment());
        List<Participation> mine = participations.get(exercise);
        Set<CompanyFact> companies = new HashSet<>();
        for (int c = placement.participants().nextSetBit(0); c >= 0; c = placement.participants().nextSetBit(c + 1)) {
            companies.add(mine.get(c).getCompany());
        }
        List<Integer> clashing = new ArrayList<>();
        for (int j = 0; j < assignments.size(); j++) {
            if (j == exercise || overrides.containsKey(j)) {
                continue;
            }
            Placement other = current(j);
            if (other == null || Span.overlapDays(placement.start(), placement.end(), other.start(), other.end()) == 0) {
                continue;
            }
            List<Participation> theirs = participations.get(j);
            for (int c = other.participants().nextSetBit(0); c >= 0; c = other.participants().nextSetBit(c + 1)) {
                if (companies.contains(theirs.get(c).getCompany())) {
                    clashing.add(j);
                    break;
                }
            }
        }
        return clashing;
    }

    /** Whether the exercise's current placement breaks a hard rule the options know of. */
    boolean broken(int exercise) {
        Placement now = current(exercise);
        if (now == null) {
            return true;
        }
        ExerciseAssignment a = now.assignment();
        int s = a.getStartRange().indexOf(now.start());
        int k = a.getAreaRange().indexOf(now.area());
        if (s < 0 || k < 0 || !areasOk[exercise][s].get(k)) {
            return true;
        }
        int count = now.participants().cardinality();
        if (count < a.getExercise().minCompanies() || count > a.getExercise().maxCompanies()
                || count > now.area().capacity() || !covers(exercise, now.participants())) {
            return true;
        }
        BitSet outside = (BitSet) now.participants().clone();
        outside.andNot(companiesOk[exercise][s]);
        if (!outside.isEmpty()) {
            return true;
        }
        BitSet free = (BitSet) companiesOk[exercise][s].clone();
        for (Placement other : others(exercise, Map.of())) {
            if (Span.overlapDays(now.start(), now.end(), other.start(), other.end()) > 0) {
                if (other.area().equals(now.area())) {
                    return true;
                }
                removeCompanies(free, exercise, other);
            }
        }
        BitSet busy = (BitSet) now.participants().clone();
        busy.andNot(free);
        return !busy.isEmpty();
    }
}
