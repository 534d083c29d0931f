package org.jmatu.planner.planning.calendar.proof;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Message;

/**
 * Proves, where it can, that no exercise calendar keeps every hard rule, and says why in a planner's words, naming
 * the data to change. For each exercise it narrows the (start day, training area, company) options rule by rule, in
 * this order: the window (10, with a pinned start or area, 16), the area open (11), the area's capacity (12), the
 * host nation's blackouts (15), companies attached (13), available (13) and not blacked out (15), the capabilities
 * covered by some set of the companies left within {@code maxCompanies} and the area's capacity (14), and
 * {@code minCompanies} (13). Where a
 * rule leaves no option, that rule is the cause. Then, pair by pair, two exercises whose every remaining options
 * clash (overlapping days and the same area, or a company each cannot do without) are a cause too.
 *
 * <p>Plain Java over the scenario: no solver, no Spring. A cause is a proof, never a guess: an exercise with an
 * option left is not reported, even when the solver fails to find it. Maintainer support is a soft rule of this
 * product (the HQ roster may change), so it is never a cause.
 *
 * <p>A cause's reason is a {@link Message}: in English in plan files, the command line and the API
 * ({@link #causes}), in the planner's language in the calendar view ({@link #proven}).
 */
public final class FeasibilityAnalysis {

    /** A cause as proven: the rule, the exercise, and why, put into words where it is read. */
    public record ProvenCause(int rule, String exercise, Message why) {

        /** The cause as plan files write it, in English. */
        public Plan.Cause toPlan() {
            return Plan.Cause.ofExercise(rule, exercise, why.english());
        }
    }

    /** Exercises with more options than this are not compared pair by pair (their pairs have room anyway). */
    private static final long PAIR_WORK_LIMIT = 4_000_000;

    private final Scenario scenario;
    private final LocalDate origin;
    private final int days;
    private final List<Scenario.Company> companies;
    private final List<Set<String>> capabilities = new ArrayList<>();
    /** Per company, prefix sums over the days from {@code origin}: days not attached, unavailable, blacked out. */
    private final List<int[]> notAttached = new ArrayList<>();
    private final List<int[]> unavailable = new ArrayList<>();
    private final List<int[]> blackedOut = new ArrayList<>();
    private final Map<String, int[]> areaClosed = new HashMap<>();
    private final Map<String, int[]> nationBlackedOut = new HashMap<>();
    private final Map<String, Scenario.PinnedExercise> pins = new HashMap<>();

    /** An exercise's option left after every rule: a start, an area and the companies that may take part. */
    private record Option(LocalDate start, LocalDate end, Scenario.TrainingArea area, int[] companies) {
    }

    private FeasibilityAnalysis(Scenario scenario) {
        this.scenario = scenario;
        this.companies = scenario.companies();
        LocalDate first = scenario.horizon().start();
        LocalDate last = first.plusMonths((long) scenario.horizon().periods() * scenario.horizon().periodMonths());
        for (Scenario.Exercise exercise : scenario.exercises()) {
            first = min(first, exercise.earliestStart());
            last = max(last, exercise.latestEnd().plusDays(Math.max(1, exercise.durationDays())));
        }
        this.origin = first;
        this.days = (int) ChronoUnit.DAYS.between(first, last) + 2;
        Map<String, Scenario.EquipmentType> types = scenario.equipmentTypes().stream()
                .collect(Collectors.toMap(Scenario.EquipmentType::id, type -> type, (a, b) -> a));
        for (Scenario.Company company : companies) {
            Set<String> brings = new TreeSet<>(nullSafe(company.capabilities()));
            for (Scenario.Holding holding : nullSafe(company.equipment())) {
                Scenario.EquipmentType type = types.get(holding.type());
                if (type != null && holding.quantity() > 0) {
                    brings.addAll(nullSafe(type.capabilities()));
                }
            }
            capabilities.add(brings);
            Set<Integer> attached = new java.util.HashSet<>(nullSafe(company.attachedPeriods()));
            notAttached.add(prefix(day -> {
                int period = periodOf(day);
                return period >= 0 && !attached.contains(period);
            }));
            unavailable.add(prefix(day -> nullSafe(company.unavailable()).stream()
                    .anyMatch(span -> !day.isBefore(span.from()) && !day.isAfter(span.to()))));
            blackedOut.add(nationBlackouts(company.nation()));
        }
        for (Scenario.TrainingArea area : scenario.trainingAreas()) {
            Set<Integer> closed = Set.copyOf(nullSafe(area.closedMonths()));
            areaClosed.put(area.id(), prefix(day -> closed.contains(day.getMonthValue())));
        }
        if (scenario.pinned() != null) {
            nullSafe(scenario.pinned().exercises()).forEach(pin -> pins.put(pin.exercise(), pin));
        }
    }

    /** The proven causes why no calendar of {@code scenario} keeps every hard rule; empty where none is proven. */
    public static List<Plan.Cause> causes(Scenario scenario) {
        return proven(scenario).stream().map(ProvenCause::toPlan).toList();
    }

    /** {@link #causes} with their reasons as messages, for a reader in their language. */
    public static List<ProvenCause> proven(Scenario scenario) {
        if (scenario.horizon() == null || scenario.exercises() == null || scenario.exercises().isEmpty()) {
            return List.of();
        }
        return new FeasibilityAnalysis(scenario).analyse();
    }

    private static ProvenCause cause(int rule, String exercise, String key, Object... args) {
        return new ProvenCause(rule, exercise, Message.of("cause." + key, args));
    }

    private List<ProvenCause> analyse() {
        List<ProvenCause> causes = new ArrayList<>();
        Map<Scenario.Exercise, List<Option>> feasible = new LinkedHashMap<>();
        for (Scenario.Exercise exercise : scenario.exercises()) {
            List<Option> options = new ArrayList<>();
            ProvenCause cause = exercise(exercise, options);
            if (cause != null) {
                causes.add(cause);
            } else {
                feasible.put(exercise, options);
            }
        }
        List<Scenario.Exercise> placeable = new ArrayList<>(feasible.keySet());
        for (int i = 0; i < placeable.size(); i++) {
            for (int j = i + 1; j < placeable.size(); j++) {
                ProvenCause cause = pair(placeable.get(i), feasible.get(placeable.get(i)), placeable.get(j),
                        feasible.get(placeable.get(j)));
                if (cause != null) {
                    causes.add(cause);
                }
            }
        }
        return List.copyOf(causes);
    }

    // ------------------------------------------------------------------ one exercise, rule by rule

    private ProvenCause exercise(Scenario.Exercise e, List<Option> survivors) {
        String id = e.id();
        int duration = e.durationDays();
        Scenario.PinnedExercise pin = pins.get(id);
        LocalDate lastStart = e.latestEnd().minusDays(duration - 1L);
        List<LocalDate> starts = new ArrayList<>();
        if (pin != null && pin.start() != null) {
            if (pin.start().isBefore(e.earliestStart()) || pin.start().isAfter(lastStart)) {
                return cause(16, id, "pin-outside", id, pin.start().toString(),
                        span(pin.start(), pin.start().plusDays(duration - 1L)), span(e.earliestStart(), e.latestEnd()));
            }
            starts.add(pin.start());
        } else {
            for (LocalDate day = e.earliestStart(); !day.isAfter(lastStart); day = day.plusDays(1)) {
                starts.add(day);
            }
        }
        if (starts.isEmpty()) {
            return cause(10, id, "window-short", id, duration, span(e.earliestStart(), e.latestEnd()),
                    String.valueOf(ChronoUnit.DAYS.between(e.earliestStart(), e.latestEnd()) + 1));
        }
        if (e.minCompanies() > e.maxCompanies()) {
            return cause(13, id, "min-over-max", id, e.minCompanies(), e.maxCompanies());
        }
        List<Scenario.TrainingArea> areas = scenario.trainingAreas().stream()
                .filter(area -> pin == null || pin.trainingArea() == null || area.id().equals(pin.trainingArea()))
                .toList();
        Object pinned = pin != null && pin.trainingArea() != null ? Message.of("cause.pinned-area", pin.trainingArea())
                : "";

        // rule 11: the area is open on every day
        List<LocalDate[]> open = new ArrayList<>();
        List<Scenario.TrainingArea> openAreas = new ArrayList<>();
        for (Scenario.TrainingArea area : areas) {
            for (LocalDate start : starts) {
                if (count(areaClosed.get(area.id()), start, start.plusDays(duration - 1L)) == 0) {
                    open.add(new LocalDate[] {start});
                    openAreas.add(area);
                }
            }
        }
        if (open.isEmpty()) {
            return cause(11, id, "areas-closed", id, duration, span(e.earliestStart(), e.latestEnd()), pinned,
                    Message.chain("phrase.semicolon", areas.stream().map(a -> Message.of("cause.area-closed-months",
                            a.id(), nullSafe(a.closedMonths()).toString())).toList()));
        }
        // rule 12: the area takes the companies the exercise needs at least
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            if (openAreas.get(i).capacity() >= Math.max(1, e.minCompanies())) {
                kept.add(i);
            }
        }
        if (kept.isEmpty()) {
            return cause(12, id, "capacity", id, e.minCompanies(), new LinkedHashSet<>(openAreas).stream()
                    .map(a -> a.id() + " " + a.capacity()).collect(Collectors.joining(", ")), pinned);
        }
        // rule 15: the host nation is not blacked out
        List<Integer> hosted = new ArrayList<>();
        for (int i : kept) {
            LocalDate start = open.get(i)[0];
            if (count(nationBlackouts(openAreas.get(i).nation()), start, start.plusDays(duration - 1L)) == 0) {
                hosted.add(i);
            }
        }
        if (hosted.isEmpty()) {
            Set<String> hosts = new LinkedHashSet<>();
            kept.forEach(i -> hosts.add(openAreas.get(i).nation()));
            return cause(15, id, "host-blackout", id, hosts.stream()
                    .map(nation -> nation + " (" + areasOf(nation, kept, openAreas) + ")")
                    .collect(Collectors.joining(", ")), span(e.earliestStart(), e.latestEnd()), pinned,
                    Message.chain("phrase.semicolon", hosts.stream().map(nation -> Message.of("cause.blacked-out",
                            nation, blackoutSpans(nation, e.earliestStart(), e.latestEnd()))).toList()));
        }
        // rule 13 (attached, available) and 15 (the companies' nations): which companies are left per option
        List<Option> options = new ArrayList<>();
        for (int level = 0; level < 3; level++) {
            options.clear();
            for (int i : hosted) {
                LocalDate start = open.get(i)[0];
                LocalDate end = start.plusDays(duration - 1L);
                int[] left = eligible(start, end, level);
                if (left.length > 0) {
                    options.add(new Option(start, end, openAreas.get(i), left));
                }
            }
            if (options.isEmpty()) {
                return noCompany(e, level);
            }
        }
        // rule 14: the capabilities, covered by at most maxCompanies of the companies left
        List<String> required = List.copyOf(new LinkedHashSet<>(nullSafe(e.requiredCapabilities())));
        List<Option> covered = options.stream()
                .filter(o -> minCover(o.companies(), required) <= Math.min(e.maxCompanies(), o.area().capacity()))
                .toList();
        if (covered.isEmpty()) {
            return capabilities(e, required, options);
        }
        // rule 13: enough companies
        List<Option> enough = covered.stream().filter(o -> o.companies().length >= e.minCompanies()).toList();
        if (enough.isEmpty()) {
            int most = covered.stream().mapToInt(o -> o.companies().length).max().orElse(0);
            return cause(13, id, "too-few", id, e.minCompanies(), most, span(e.earliestStart(), e.latestEnd()));
        }
        survivors.addAll(enough);
        return null;
    }

    /** No company is left at {@code level}: attached (0), also available (1), also free of blackouts (2). */
    private ProvenCause noCompany(Scenario.Exercise e, int level) {
        String window = span(e.earliestStart(), e.latestEnd());
        return switch (level) {
            case 0 -> cause(13, e.id(), "none-attached", e.id(), e.durationDays(), window);
            case 1 -> cause(13, e.id(), "none-available", e.id(), e.durationDays(), window, unavailableSummary(e));
            default -> cause(15, e.id(), "none-free", e.id(), e.durationDays(), window,
                    Message.chain("phrase.semicolon", companies.stream().map(Scenario.Company::nation).distinct()
                            .filter(nation -> blackoutSpans(nation, e.earliestStart(), e.latestEnd()) != null)
                            .map(nation -> Message.of("cause.nation-blacked-out", nation,
                                    blackoutSpans(nation, e.earliestStart(), e.latestEnd())))
                            .toList()));
        };
    }

    private Object unavailableSummary(Scenario.Exercise e) {
        List<Message> parts = new ArrayList<>();
        for (Scenario.Company company : companies) {
            List<String> spans = nullSafe(company.unavailable()).stream()
                    .filter(span -> !span.to().isBefore(e.earliestStart()) && !span.from().isAfter(e.latestEnd()))
                    .map(span -> span(span.from(), span.to())).toList();
            if (!spans.isEmpty()) {
                parts.add(Message.of("cause.company-unavailable", company.id(), Message.chain("phrase.and", spans)));
            }
        }
        return parts.isEmpty() ? Message.of("cause.companies-unavailable") : Message.chain("phrase.semicolon", parts);
    }

    /** Rule 14 left no option: name a capability no company left can bring, its holders and why each cannot come. */
    private ProvenCause capabilities(Scenario.Exercise e, List<String> required, List<Option> options) {
        String id = e.id();
        for (String capability : required) {
            boolean somewhere = options.stream().anyMatch(o -> Arrays.stream(o.companies())
                    .anyMatch(c -> capabilities.get(c).contains(capability)));
            if (somewhere) {
                continue;
            }
            List<Integer> holders = new ArrayList<>();
            for (int c = 0; c < companies.size(); c++) {
                if (capabilities.get(c).contains(capability)) {
                    holders.add(c);
                }
            }
            if (holders.isEmpty()) {
                return cause(14, id, "capability-nowhere", id, capability);
            }
            List<Message> why = new ArrayList<>();
            BitSet free = new BitSet();
            int window = (int) ChronoUnit.DAYS.between(e.earliestStart(), e.latestEnd()) + 1;
            for (int c : holders) {
                Scenario.Company company = companies.get(c);
                List<Message> obstacles = new ArrayList<>();
                List<String> detached = spansWhere(e.earliestStart(), e.latestEnd(), day -> count(notAttached.get(c), day, day) > 0);
                if (!detached.isEmpty()) {
                    obstacles.add(Message.of("cause.obstacle.not-attached", Message.chain("phrase.and", detached)));
                }
                List<String> absent = spansWhere(e.earliestStart(), e.latestEnd(), day -> count(unavailable.get(c), day, day) > 0);
                if (!absent.isEmpty()) {
                    obstacles.add(Message.of("cause.obstacle.unavailable", Message.chain("phrase.and", absent)));
                }
                Object blackouts = blackoutSpans(company.nation(), e.earliestStart(), e.latestEnd());
                Message own = obstacles.isEmpty() ? null
                        : Message.of("cause.company-obstacles", company.id(), Message.chain("phrase.and", obstacles));
                Message nation = blackouts == null ? null
                        : Message.of("cause.blacked-out", company.nation(), blackouts);
                why.add(own == null && nation == null ? Message.of("cause.company-free", company.id())
                        : own == null ? nation : nation == null ? own : Message.of("cause.own-and-nation", own, nation));
                for (int d = 0; d < window; d++) {
                    LocalDate day = e.earliestStart().plusDays(d);
                    if (count(notAttached.get(c), day, day) + count(unavailable.get(c), day, day)
                            + count(blackedOut.get(c), day, day) == 0) {
                        free.set(d);
                    }
                }
            }
            List<String> freeSpans = new ArrayList<>();
            for (int d = free.nextSetBit(0); d >= 0; d = free.nextSetBit(free.nextClearBit(d))) {
                int to = free.nextClearBit(d) - 1;
                freeSpans.add(span(e.earliestStart().plusDays(d), e.earliestStart().plusDays(to)));
            }
            Message outcome = freeSpans.isEmpty() ? Message.of("cause.never-free")
                    : Message.of("cause.no-area-when-free", e.durationDays(), Message.chain("phrase.or", freeSpans));
            return cause(14, id, "capability-held", id, capability,
                    holders.stream().map(c -> companies.get(c).id()).collect(Collectors.joining(", ")), holders.size(),
                    span(e.earliestStart(), e.latestEnd()), Message.chain("phrase.semicolon", why), outcome);
        }
        return cause(14, id, "capabilities-together", id, String.join(", ", required),
                span(e.earliestStart(), e.latestEnd()), e.maxCompanies());
    }

    /** The companies that may take part from {@code start} to {@code end}: attached (level 0), available (1), free of blackouts (2). */
    private int[] eligible(LocalDate start, LocalDate end, int level) {
        List<Integer> left = new ArrayList<>();
        for (int c = 0; c < companies.size(); c++) {
            if (count(notAttached.get(c), start, end) > 0) {
                continue;
            }
            if (level >= 1 && count(unavailable.get(c), start, end) > 0) {
                continue;
            }
            if (level >= 2 && count(blackedOut.get(c), start, end) > 0) {
                continue;
            }
            left.add(c);
        }
        return left.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The fewest of {@code pool} that together bring {@code required}; a large number where they cannot. */
    private int minCover(int[] pool, List<String> required) {
        if (required.isEmpty()) {
            return 0;
        }
        int full = (1 << required.size()) - 1;
        int[] best = new int[full + 1];
        Arrays.fill(best, Integer.MAX_VALUE / 2);
        best[0] = 0;
        for (int c : pool) {
            int mask = 0;
            for (int r = 0; r < required.size(); r++) {
                if (capabilities.get(c).contains(required.get(r))) {
                    mask |= 1 << r;
                }
            }
            if (mask == 0) {
                continue;
            }
            for (int state = full; state >= 0; state--) {
                if (best[state] + 1 < best[state | mask]) {
                    best[state | mask] = best[state] + 1;
                }
            }
        }
        return best[full];
    }

    // ------------------------------------------------------------------ two exercises that cannot both be held

    private ProvenCause pair(Scenario.Exercise a, List<Option> as, Scenario.Exercise b, List<Option> bs) {
        if (a.latestEnd().isBefore(b.earliestStart()) || b.latestEnd().isBefore(a.earliestStart())) {
            return null;
        }
        if ((long) as.size() * bs.size() > PAIR_WORK_LIMIT) {
            return null;
        }
        Map<Option, int[]> mandatoryA = new HashMap<>();
        Map<Option, int[]> mandatoryB = new HashMap<>();
        boolean companiesClash = false;
        Set<String> shared = new TreeSet<>();
        Set<String> areas = new TreeSet<>();
        for (Option x : as) {
            for (int k = bs.size() - 1; k >= 0; k--) {
                Option y = bs.get(k);
                if (x.end().isBefore(y.start()) || y.end().isBefore(x.start())) {
                    return null;
                }
                if (x.area().id().equals(y.area().id())) {
                    areas.add(x.area().id());
                    continue;
                }
                int[] mx = mandatoryA.computeIfAbsent(x, o -> mandatory(a, o));
                int[] my = mandatoryB.computeIfAbsent(y, o -> mandatory(b, o));
                boolean clash = false;
                for (int c : mx) {
                    for (int d : my) {
                        if (c == d) {
                            clash = true;
                            shared.add(companies.get(c).id());
                        }
                    }
                }
                if (!clash) {
                    return null;
                }
                companiesClash = true;
            }
        }
        if (!companiesClash) {
            return cause(12, a.id(), "pair-area", a.id(), b.id(), window(as), window(bs), String.join(", ", areas));
        }
        Message need = Message.of("cause.companies-needed", Message.chain("phrase.or", List.copyOf(shared)));
        return cause(13, a.id(), "pair-companies", a.id(), b.id(), window(as), window(bs),
                areas.isEmpty() ? need : Message.of("cause.or-area", need, String.join(", ", areas)),
                String.join(", ", shared));
    }

    /** The companies an option cannot do without: without each, too few are left or a capability is missing. */
    private int[] mandatory(Scenario.Exercise e, Option option) {
        List<String> required = List.copyOf(new LinkedHashSet<>(nullSafe(e.requiredCapabilities())));
        List<Integer> needed = new ArrayList<>();
        for (int c : option.companies()) {
            int[] without = Arrays.stream(option.companies()).filter(other -> other != c).toArray();
            if (without.length < e.minCompanies()
                    || minCover(without, required) > Math.min(e.maxCompanies(), option.area().capacity())) {
                needed.add(c);
            }
        }
        return needed.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String window(List<Option> options) {
        LocalDate from = options.stream().map(Option::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = options.stream().map(Option::end).max(LocalDate::compareTo).orElseThrow();
        return span(from, to);
    }

    // ------------------------------------------------------------------ days

    private interface DayTest {
        boolean test(LocalDate day);
    }

    private int[] prefix(DayTest test) {
        int[] sums = new int[days + 1];
        for (int d = 0; d < days; d++) {
            sums[d + 1] = sums[d] + (test.test(origin.plusDays(d)) ? 1 : 0);
        }
        return sums;
    }

    private int[] nationBlackouts(String nation) {
        return nationBlackedOut.computeIfAbsent(nation, n -> prefix(day -> nullSafe(scenario.blackouts()).stream()
                .anyMatch(b -> nullSafe(b.nations()).contains(n) && !day.isBefore(b.from()) && !day.isAfter(b.to()))));
    }

    /** How many of the days {@code from..to} the prefix sums count. */
    private int count(int[] sums, LocalDate from, LocalDate to) {
        int a = (int) Math.max(0, Math.min(days, ChronoUnit.DAYS.between(origin, from)));
        int b = (int) Math.max(0, Math.min(days, ChronoUnit.DAYS.between(origin, to) + 1));
        return b <= a ? 0 : sums[b] - sums[a];
    }

    private int periodOf(LocalDate day) {
        Scenario.Horizon h = scenario.horizon();
        for (int p = 0; p < h.periods(); p++) {
            LocalDate start = h.start().plusMonths((long) p * h.periodMonths());
            LocalDate next = h.start().plusMonths((long) (p + 1) * h.periodMonths());
            if (!day.isBefore(start) && day.isBefore(next)) {
                return p;
            }
        }
        return -1;
    }

    /** "2027-08-20..09-05 (SCO exercise) and 09-15..09-30 (CSTO exercise)", or null for none. */
    private Object blackoutSpans(String nation, LocalDate from, LocalDate to) {
        List<Scenario.Blackout> found = nullSafe(scenario.blackouts()).stream()
                .filter(b -> nullSafe(b.nations()).contains(nation) && !b.to().isBefore(from) && !b.from().isAfter(to))
                .sorted((x, y) -> x.from().compareTo(y.from())).toList();
        List<String> spans = new ArrayList<>();
        for (Scenario.Blackout b : found) {
            String text = span(b.from(), b.to());
            // later spans of the same year as the first are written without the year: "… and 09-15..09-30"
            if (!spans.isEmpty() && b.from().getYear() == found.getFirst().from().getYear()) {
                text = text.substring(5);
            }
            spans.add(text + (b.name() == null ? "" : " (" + b.name() + ")"));
        }
        return spans.isEmpty() ? null : Message.chain("phrase.and", spans);
    }

    private List<String> spansWhere(LocalDate from, LocalDate to, DayTest test) {
        List<String> spans = new ArrayList<>();
        LocalDate begin = null;
        for (LocalDate day = from; !day.isAfter(to.plusDays(1)); day = day.plusDays(1)) {
            boolean in = !day.isAfter(to) && test.test(day);
            if (in && begin == null) {
                begin = day;
            } else if (!in && begin != null) {
                spans.add(span(begin, day.minusDays(1)));
                begin = null;
            }
        }
        return spans;
    }

    private static String areasOf(String nation, List<Integer> kept, List<Scenario.TrainingArea> areas) {
        return kept.stream().map(areas::get).filter(a -> a.nation().equals(nation)).map(Scenario.TrainingArea::id)
                .distinct().collect(Collectors.joining(", "));
    }

    /** "2027-08-20..09-05" within a year, "2027-12-20..2028-01-05" across one. */
    static String span(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return from.toString();
        }
        return from + ".." + (from.getYear() == to.getYear() ? to.toString().substring(5) : to.toString());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
