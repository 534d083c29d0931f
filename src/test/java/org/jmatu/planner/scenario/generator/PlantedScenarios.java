package org.jmatu.planner.scenario.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Rank;

/**
 * Scenarios built around a known feasible plan (issue 13), for tests and the benchmark's planted corpus
 * ({@code org.jmatu.planner.benchmark.PlantedCorpus}, which compiles with the test sources). The calendar is
 * built first and the data around it: the roster is the generator's witness (one qualified, available nominee
 * per post and tour), the exercises, windows, blackouts, absences and capacities are drawn so that the planted
 * calendar keeps rules 10–16 while the traps make it hard to find:
 * <ul>
 *   <li>a rare capability ({@value #RARE}) held by one or two companies, required by a third of the exercises;</li>
 *   <li>for most exercises, their participants' nations blacked out for the rest of the window but a short spell
 *   around the planted dates (a few days of slack), and the hosts of the other areas of those days too, so the
 *   only area open then is in another nation;</li>
 *   <li>capacities as tight as the planted calendar allows;</li>
 *   <li>windows that overlap their neighbours', which need the same rare companies at other dates;</li>
 *   <li>company absences everywhere the planted calendar leaves them free;</li>
 *   <li>on the roster side, posts whose only eligible nominees besides the planted holder hold other posts in the same
 *   period, one of them the only eligible nominee of that other post ({@link #rosterTrap}).</li>
 * </ul>
 * With {@code infeasible}, one exercise is made impossible in one of three ways, named in {@link Planted#cause()}:
 * its capability's holders blacked out over its whole window (rule 14), every training area's host blacked out over
 * its window (rule 15), or a minimum of companies above the companies attached then (rule 13). Deterministic: the
 * same arguments give the same scenario.
 */
public final class PlantedScenarios {

    /** The rare capability of the traps. */
    public static final String RARE = "SATCOM";

    /** A planted scenario: the plan it was built around (infeasible ones: the plan before the break) and why none exists. */
    public record Planted(Scenario scenario, List<Plan.ExerciseRow> calendar, List<Scenario.PinnedSlot> roster,
                          boolean feasible, String cause, Integer causeRule, String causeExercise) {
    }

    private record Placed(Scenario.Exercise exercise, LocalDate start, LocalDate end, Scenario.TrainingArea area,
                          List<Scenario.Company> companies) {
    }

    private PlantedScenarios() {
    }

    public static Planted generate(Scale scale, long seed, boolean infeasible) {
        ScenarioGenerator.Generated base = ScenarioGenerator.generateWithWitness(scale, seed);
        Scenario s = base.scenario();
        Random random = new Random(seed * 7919 + (infeasible ? 1 : 0) + (scale == Scale.BRIGADE ? 104729 : 0));
        Scenario.Horizon horizon = s.horizon();
        Map<String, Scenario.EquipmentType> types = new HashMap<>();
        s.equipmentTypes().forEach(t -> types.put(t.id(), t));

        // the rare capability: one or two companies attached all along
        List<Scenario.Company> companies = new ArrayList<>(s.companies());
        List<Integer> permanent = new ArrayList<>();
        for (int i = 0; i < companies.size(); i++) {
            if (companies.get(i).attachedPeriods().size() == horizon.periods()) {
                permanent.add(i);
            }
        }
        int holders = 1 + random.nextInt(2);
        Set<String> rareHolders = new LinkedHashSet<>();
        for (int h = 0; h < holders; h++) {
            int index = permanent.remove(random.nextInt(permanent.size()));
            Scenario.Company c = companies.get(index);
            List<String> capabilities = new ArrayList<>(c.capabilities());
            capabilities.add(RARE);
            companies.set(index, new Scenario.Company(c.id(), c.name(), c.nation(), c.type(), c.strength(),
                    List.copyOf(capabilities), c.homeBaseName(), c.homeBase(), c.attachedPeriods(), List.of(),
                    c.equipment()));
            rareHolders.add(c.id());
        }
        companies.replaceAll(c -> rareHolders.contains(c.id()) ? c : new Scenario.Company(c.id(), c.name(), c.nation(),
                c.type(), c.strength(), c.capabilities(), c.homeBaseName(), c.homeBase(), c.attachedPeriods(), List.of(),
                c.equipment()));

        // the planted calendar
        int perYear = scale == Scale.BATTALION ? 2 : 6;
        int duration = scale == Scale.BATTALION ? 14 : 10;
        int maxCompanies = scale == Scale.BATTALION ? 5 : 6;
        int firstYear = horizon.start().getYear();
        int years = horizon.periods() * horizon.periodMonths() / 12;
        List<Placed> placed = new ArrayList<>();
        for (int year = firstYear; year < firstYear + years; year++) {
            for (int i = 0; i < perYear; i++) {
                String id = "CFX-" + year + "-" + (i + 1);
                boolean rare = random.nextInt(3) == 0;
                Placed p = null;
                for (int attempt = 0; attempt < 200 && p == null; attempt++) {
                    LocalDate start = LocalDate.of(year, 4, 1).plusDays((long) i * (190 / perYear) + random.nextInt(20));
                    p = place(id, start, duration, maxCompanies, rare && attempt < 150, placed, companies, s.trainingAreas(),
                            rareHolders, types, horizon, random);
                }
                if (p == null) {
                    throw new IllegalStateException("no planted place for " + id + " (seed " + seed + ")");
                }
                placed.add(p);
            }
        }

        // busy days per nation (host or participant), which no blackout may touch
        Map<String, List<LocalDate[]>> busy = new HashMap<>();
        for (Placed p : placed) {
            Set<String> nations = new HashSet<>();
            nations.add(p.area().nation());
            p.companies().forEach(c -> nations.add(c.nation()));
            nations.forEach(n -> busy.computeIfAbsent(n, x -> new ArrayList<>()).add(new LocalDate[] {p.start(), p.end()}));
        }
        List<Scenario.Blackout> blackouts = new ArrayList<>();
        Set<String> areaNations = new TreeSet<>();
        s.trainingAreas().forEach(a -> areaNations.add(a.nation()));
        for (Placed p : placed) {
            if (random.nextInt(10) < 7 || p.exercise().requiredCapabilities().contains(RARE)) {
                LocalDate from = p.start().minusDays(random.nextInt(4));
                LocalDate to = p.end().plusDays(random.nextInt(4));
                Set<String> participants = new TreeSet<>();
                p.companies().forEach(c -> participants.add(c.nation()));
                for (String nation : participants) {
                    blackout(blackouts, busy, "National commitments " + nation + " " + p.exercise().id() + "a", nation,
                            p.exercise().earliestStart(), from.minusDays(1));
                    blackout(blackouts, busy, "National commitments " + nation + " " + p.exercise().id() + "b", nation,
                            to.plusDays(1), p.exercise().latestEnd());
                }
                for (String nation : areaNations) {
                    if (!nation.equals(p.area().nation()) && !participants.contains(nation)) {
                        blackout(blackouts, busy, "Host exercise " + nation + " " + p.exercise().id(), nation,
                                from, to);
                    }
                }
            }
        }

        // absences wherever the planted calendar leaves a company free
        Map<String, List<LocalDate[]>> companyBusy = new HashMap<>();
        placed.forEach(p -> p.companies().forEach(c -> companyBusy.computeIfAbsent(c.id(), x -> new ArrayList<>())
                .add(new LocalDate[] {p.start(), p.end()})));
        for (int i = 0; i < companies.size(); i++) {
            Scenario.Company c = companies.get(i);
            List<Scenario.DateSpan> away = new ArrayList<>();
            for (int year = firstYear; year < firstYear + years; year++) {
                for (int n = 0; n < 2; n++) {
                    LocalDate from = LocalDate.of(year, 3, 1).plusDays(random.nextInt(230));
                    LocalDate to = from.plusDays(15 + random.nextInt(30));
                    for (LocalDate[] span : free(companyBusy.getOrDefault(c.id(), List.of()), from, to)) {
                        away.add(new Scenario.DateSpan(span[0], span[1]));
                    }
                }
            }
            companies.set(i, new Scenario.Company(c.id(), c.name(), c.nation(), c.type(), c.strength(), c.capabilities(),
                    c.homeBaseName(), c.homeBase(), c.attachedPeriods(), List.copyOf(away), c.equipment()));
        }

        // capacities as tight as the planted calendar allows
        Map<String, Integer> used = new HashMap<>();
        placed.forEach(p -> used.merge(p.area().id(), p.companies().size(), Math::max));
        List<Scenario.TrainingArea> areas = new ArrayList<>();
        for (Scenario.TrainingArea a : s.trainingAreas()) {
            areas.add(new Scenario.TrainingArea(a.id(), a.name(), a.nation(), used.getOrDefault(a.id(), 3 + random.nextInt(2)),
                    a.closedMonths(), a.location()));
        }

        List<Scenario.Exercise> exercises = new ArrayList<>();
        placed.forEach(p -> exercises.add(p.exercise()));
        String cause = null;
        Integer causeRule = null;
        String causeExercise = null;
        if (infeasible) {
            int kind = random.nextInt(3);
            List<Placed> rareOnes = placed.stream().filter(p -> p.exercise().requiredCapabilities().contains(RARE)).toList();
            if (kind == 0 && !rareOnes.isEmpty()) {
                Placed victim = rareOnes.get(random.nextInt(rareOnes.size()));
                Set<String> nations = new TreeSet<>();
                companies.stream().filter(c -> rareHolders.contains(c.id())).forEach(c -> nations.add(c.nation()));
                Scenario.Exercise e = victim.exercise();
                blackouts.add(new Scenario.Blackout("National mobilisation " + e.id(), e.earliestStart(), e.latestEnd(),
                        List.copyOf(nations)));
                causeRule = 14;
                causeExercise = e.id();
                cause = e.id() + " needs " + RARE + "; only " + String.join(", ", rareHolders) + " bring it, and "
                        + String.join(", ", nations) + " are blacked out over its whole window";
            } else if (kind == 1) {
                Placed victim = placed.get(random.nextInt(placed.size()));
                Scenario.Exercise e = victim.exercise();
                blackouts.add(new Scenario.Blackout("Host nations' national exercise " + e.id(), e.earliestStart(),
                        e.latestEnd(), List.copyOf(areaNations)));
                causeRule = 15;
                causeExercise = e.id();
                cause = e.id() + ": every training area's host (" + String.join(", ", areaNations)
                        + ") is blacked out over its whole window";
            } else {
                Placed victim = placed.get(random.nextInt(placed.size()));
                Scenario.Exercise e = victim.exercise();
                int attached = (int) companies.stream().filter(c -> attachedSomeDay(c, horizon, e.earliestStart(), e.latestEnd()))
                        .count();
                Scenario.Exercise broken = new Scenario.Exercise(e.id(), e.name(), e.scenario(), e.earliestStart(),
                        e.latestEnd(), e.durationDays(), attached + 1, attached + 1, e.requiredCapabilities());
                exercises.set(exercises.indexOf(e), broken);
                causeRule = 13;
                causeExercise = e.id();
                cause = e.id() + " needs " + (attached + 1) + " companies; only " + attached + " are attached in its window";
            }
        }
        blackouts.sort(Comparator.comparing(Scenario.Blackout::from).thenComparing(Scenario.Blackout::name));

        List<Scenario.Person> personnel = rosterTrap(s, base.witnessRoster(), scale == Scale.BATTALION ? 4 : 12, random);

        String name = "Planted " + scale.name().toLowerCase() + " " + seed + (infeasible ? " (no calendar)" : "");
        Scenario scenario = new Scenario(Scenario.FORMAT, name, horizon, s.nations(), s.posts(), List.copyOf(personnel),
                s.equipmentTypes(), List.copyOf(companies), List.copyOf(areas), List.copyOf(exercises),
                List.copyOf(blackouts), s.pinned());
        List<Plan.ExerciseRow> calendar = placed.stream().map(p -> new Plan.ExerciseRow(p.exercise().id(), p.start(),
                p.end(), p.area().id(), p.companies().stream().map(Scenario.Company::id).sorted().toList())).toList();
        return new Planted(scenario, calendar, base.witnessRoster(), !infeasible, cause, causeRule, causeExercise);
    }

    /**
     * The roster trap (issue 13): in {@code traps} (post, period) slots, a holder of another post in that period in the
     * planted roster is made eligible too (the post's skills added to theirs: adding skills keeps the planted roster),
     * and every other nominee of both posts that the planted roster leaves free then is made unavailable for that
     * period (their availability cut to its longer side, or the nominee dropped where nothing is left). The first post's
     * nominees are then its planted holder and people needed elsewhere, the second post's only the decoy's own post's
     * holder plus others needed elsewhere: taking the decoy leaves a slot no free nominee can fill.
     */
    static List<Scenario.Person> rosterTrap(Scenario s, List<Scenario.PinnedSlot> witness, int traps, Random random) {
        RotationSolution roster =
                RotationMapper.toSolution(s);
        Map<String, RotationSlot> slots = new HashMap<>();
        roster.getSlots().forEach(slot -> slots.put(slot.getPost().id() + "@" + slot.getPeriodIndex(), slot));
        Map<String, String> holder = new HashMap<>();
        Map<Integer, Map<String, String>> postOfHolder = new HashMap<>();
        witness.forEach(w -> {
            holder.put(w.post() + "@" + w.period(), w.person());
            postOfHolder.computeIfAbsent(w.period(), p -> new HashMap<>()).put(w.person(), w.post());
        });
        Set<String> witnesses = new HashSet<>(holder.values());
        Set<String> pinned = new HashSet<>();
        s.pinned().rotation().forEach(pin -> pinned.add(pin.post() + "@" + pin.period()));
        Map<String, Scenario.Person> people = new LinkedHashMap<>();
        s.personnel().forEach(person -> people.put(person.id(), person));

        List<String> candidates = new ArrayList<>(new TreeSet<>(slots.keySet()));
        candidates.removeIf(key -> pinned.contains(key) || !holder.containsKey(key));
        Collections.shuffle(candidates, random);
        Set<String> touched = new HashSet<>();
        int made = 0;
        for (String key : candidates) {
            if (made == traps) {
                break;
            }
            RotationSlot slot = slots.get(key);
            int period = slot.getPeriodIndex();
            String planted = holder.get(key);
            List<String> decoys = new ArrayList<>();
            for (Map.Entry<String, String> held : new TreeMap<>(postOfHolder.get(period)).entrySet()) {
                String other = held.getValue() + "@" + period;
                Scenario.Person person = people.get(held.getKey());
                if (!held.getKey().equals(planted) && slots.containsKey(other) && !pinned.contains(other)
                        && !touched.contains(other) && slot.getPost().sourcedFrom(person.nation())
                        && Rank.fromCode(person.rank()).within(slot.getPost().rankMin(),
                        slot.getPost().rankMax()) && person.english() >= slot.getPost().englishMin()) {
                    decoys.add(held.getKey());
                }
            }
            if (touched.contains(key) || decoys.isEmpty()) {
                continue;
            }
            String decoy = decoys.get(random.nextInt(decoys.size()));
            String decoysPost = postOfHolder.get(period).get(decoy) + "@" + period;
            Scenario.Person d = people.get(decoy);
            TreeSet<String> skills = new TreeSet<>(d.skills());
            skills.addAll(slot.getPost().skills());
            people.put(decoy, new Scenario.Person(d.id(), d.name(), d.nation(), d.rank(), List.copyOf(skills), d.english(),
                    d.availableFrom(), d.availableTo()));
            for (String trapped : List.of(key, decoysPost)) {
                RotationSlot t = slots.get(trapped);
                LocalDate reportBy = t.getPeriod().start().minusDays(s.horizon().handoverDays());
                for (var nominee : t.getNominees()) {
                    if (!witnesses.contains(nominee.id()) && people.containsKey(nominee.id())) {
                        cut(people, people.get(nominee.id()), reportBy, t.getPeriod().end());
                    }
                }
                touched.add(trapped);
            }
            made++;
        }
        return new ArrayList<>(people.values());
    }

    /** Makes {@code person} unavailable over {@code from..to}, keeping the longer side of their availability. */
    private static void cut(Map<String, Scenario.Person> people, Scenario.Person person, LocalDate from, LocalDate to) {
        long before = person.availableFrom() == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(person.availableFrom(), from);
        long after = person.availableTo() == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(to, person.availableTo());
        if (before <= 0 && after <= 0) {
            people.remove(person.id());
            return;
        }
        boolean keepBefore = before >= after;
        people.put(person.id(), new Scenario.Person(person.id(), person.name(), person.nation(), person.rank(),
                person.skills(), person.english(), keepBefore ? person.availableFrom() : to.plusDays(1),
                keepBefore ? from.minusDays(1) : person.availableTo()));
    }

    private static Placed place(String id, LocalDate start, int duration, int maxCompanies, boolean rare,
                                List<Placed> placed, List<Scenario.Company> companies, List<Scenario.TrainingArea> areas,
                                Set<String> rareHolders, Map<String, Scenario.EquipmentType> types,
                                Scenario.Horizon horizon, Random random) {
        LocalDate end = start.plusDays(duration - 1L);
        List<Placed> overlapping = placed.stream().filter(p -> !p.start().isAfter(end) && !p.end().isBefore(start)).toList();
        Set<String> taken = new HashSet<>();
        Set<String> takenAreas = new HashSet<>();
        overlapping.forEach(p -> {
            p.companies().forEach(c -> taken.add(c.id()));
            takenAreas.add(p.area().id());
        });
        List<Scenario.Company> free = new ArrayList<>(companies.stream()
                .filter(c -> !taken.contains(c.id()) && attachedThrough(c, horizon, start, end)).toList());
        int count = 3 + random.nextInt(maxCompanies - 2);
        if (free.size() < count) {
            return null;
        }
        Collections.shuffle(free, random);
        List<Scenario.Company> chosen = new ArrayList<>();
        if (rare) {
            Scenario.Company holder = free.stream().filter(c -> rareHolders.contains(c.id())).findFirst().orElse(null);
            if (holder == null) {
                return null;
            }
            chosen.add(holder);
        }
        for (Scenario.Company c : free) {
            if (chosen.size() < count && !chosen.contains(c) && !rareHolders.contains(c.id())) {
                chosen.add(c);
            }
        }
        if (chosen.size() < count) {
            return null;
        }
        Set<String> nations = new HashSet<>();
        chosen.forEach(c -> nations.add(c.nation()));
        List<Scenario.TrainingArea> open = new ArrayList<>(areas.stream().filter(a -> !takenAreas.contains(a.id())
                && closedDays(a, start, end) == 0).toList());
        if (open.isEmpty()) {
            return null;
        }
        Collections.shuffle(open, random);
        // prefer an area of another nation than the participants' (the trap of the issue)
        open.sort(Comparator.comparingInt(a -> nations.contains(a.nation()) ? 1 : 0));
        Scenario.TrainingArea area = open.getFirst();
        Set<String> capabilities = new TreeSet<>();
        chosen.forEach(c -> capabilities.addAll(capabilities(c, types)));
        capabilities.remove(RARE);
        List<String> pool = new ArrayList<>(capabilities);
        Collections.shuffle(pool, random);
        List<String> required = new ArrayList<>(pool.subList(0, Math.min(2, pool.size())));
        if (rare) {
            required.add(RARE);
        }
        required.sort(null);
        LocalDate earliest = start.minusDays(5 + random.nextInt(30));
        LocalDate latest = end.plusDays(5 + random.nextInt(30));
        Scenario.Exercise exercise = new Scenario.Exercise(id, "Planted exercise " + id, "PLANTED", earliest, latest,
                duration, 3, maxCompanies, List.copyOf(required));
        return new Placed(exercise, start, end, area, List.copyOf(chosen));
    }

    private static Set<String> capabilities(Scenario.Company c, Map<String, Scenario.EquipmentType> types) {
        Set<String> capabilities = new TreeSet<>(c.capabilities());
        c.equipment().forEach(h -> capabilities.addAll(types.get(h.type()).capabilities()));
        return capabilities;
    }

    private static int closedDays(Scenario.TrainingArea a, LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (a.closedMonths().contains(d.getMonthValue())) {
                days++;
            }
        }
        return days;
    }

    private static boolean attachedThrough(Scenario.Company c, Scenario.Horizon horizon, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!c.attachedPeriods().contains(period(horizon, d))) {
                return false;
            }
        }
        return true;
    }

    private static boolean attachedSomeDay(Scenario.Company c, Scenario.Horizon horizon, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (c.attachedPeriods().contains(period(horizon, d))) {
                return true;
            }
        }
        return false;
    }

    private static int period(Scenario.Horizon horizon, LocalDate day) {
        long months = ChronoUnit.MONTHS.between(horizon.start().withDayOfMonth(1), day.withDayOfMonth(1));
        return (int) (months / horizon.periodMonths());
    }

    /** Adds a blackout of {@code nation} over {@code from..to} minus the nation's planted days, in pieces. */
    private static void blackout(List<Scenario.Blackout> blackouts, Map<String, List<LocalDate[]>> busy, String name,
                                 String nation, LocalDate from, LocalDate to) {
        int piece = 0;
        for (LocalDate[] span : free(busy.getOrDefault(nation, List.of()), from, to)) {
            blackouts.add(new Scenario.Blackout(name + (piece++ == 0 ? "" : " (" + piece + ")"), span[0], span[1],
                    List.of(nation)));
        }
    }

    /** The spans of {@code from..to} outside every busy span. */
    private static List<LocalDate[]> free(List<LocalDate[]> busy, LocalDate from, LocalDate to) {
        List<LocalDate[]> free = new ArrayList<>();
        LocalDate cursor = from;
        List<LocalDate[]> sorted = new ArrayList<>(busy);
        sorted.sort(Comparator.comparing(span -> span[0]));
        for (LocalDate[] span : sorted) {
            if (span[1].isBefore(cursor) || span[0].isAfter(to)) {
                continue;
            }
            if (span[0].isAfter(cursor)) {
                free.add(new LocalDate[] {cursor, span[0].minusDays(1)});
            }
            cursor = span[1].plusDays(1);
        }
        if (!cursor.isAfter(to)) {
            free.add(new LocalDate[] {cursor, to});
        }
        return free;
    }
}
