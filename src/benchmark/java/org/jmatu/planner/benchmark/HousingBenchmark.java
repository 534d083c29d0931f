package org.jmatu.planner.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jmatu.planner.housing.HousingLoad;
import org.jmatu.planner.housing.HousingLoads;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.domain.StaffHousing;
import org.jmatu.planner.planning.rotation.solver.RotationBenchmarkAccess;
import org.jmatu.planner.planning.rotation.solver.RotationConstraintProvider;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.GeneratorBenchmarkAccess;
import org.jmatu.planner.scenario.generator.PlantedScenarios;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.Period;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The rotation rule "Housing over capacity" (issue 18) on and off. Each instance is a generated unit (the generator's,
 * or the planted corpus's with its roster traps, {@link PlantedCorpus}) with a planted roster: the generator's
 * witness (one qualified, available holder per post and tour, every slot filled, every hard rule kept) with every
 * other post outside the key groups staggered by a period ({@link #staggered}), so that its newcomers are spread over
 * the boundaries. Its garrisons are replaced by family housing and barracks of one capacity shape, period by period:
 * <ul>
 *   <li>{@code AMPLE}: family housing for the period's staff and the whole next period's staff, barracks 1.5 times
 *   the largest attached strength: nothing can be over;</li>
 *   <li>{@code TIGHT}: family housing for the period's staff plus exactly the planted roster's newcomers at that
 *   boundary, barracks for exactly the companies attached: the planted roster fits with no place to spare, while the
 *   witness it was staggered from (all tours starting together) does not;</li>
 *   <li>{@code IMPOSSIBLE}: family housing for 90 % of the period's staff, barracks for 90 % of the companies: every
 *   roster that fills its slots is over.</li>
 * </ul>
 * Each instance is solved twice back to back with the same budget and the shipped search, from scratch: with the rule
 * as shipped ({@code RULE}) and with it switched off ({@code OFF}: the solution carries no family housing, so the rule
 * has nothing to weigh; nothing else changes). Every roster, the planted one too, is then measured by the product's
 * own housing warnings ({@link HousingLoads}, independent of the solver): over-capacity place-periods of family
 * housing and of barracks; and by the rule's own count of people over (re-scored with the shipped rules), its unfilled
 * slots and hard score, its soft score without the housing rule (what the rule costs the other preferences) and when
 * the search found its best roster.
 *
 * <p>Options (in {@code -Dbenchmark.args}, with {@code only=housing}): {@code housing.scales=BATTALION;BRIGADE},
 * {@code housing.seeds=1-3}, {@code housing.BRIGADE.seeds=1-2} (overrides the seeds of one scale),
 * {@code housing.corpora=generated;planted}, {@code housing.shapes=AMPLE;TIGHT;IMPOSSIBLE},
 * {@code housing.BATTALION=15}, {@code housing.BRIGADE=30} (seconds per solve), {@code housing.steps=N} (the local
 * search stops after N steps, within the time budget: the same work for both variants, whatever the load), {@code tag}.
 */
final class HousingBenchmark {

    enum Shape { AMPLE, TIGHT, IMPOSSIBLE }

    /** How a roster was made: the search with the rule as shipped, the search with it off, or planted. */
    enum Variant { RULE, OFF, PLANTED }

    record Result(String corpus, Scale scale, long seed, Shape shape, Variant variant, int slots, int unfilled, long hard,
                  int familyOver, int familyPeriodsOver, int barracksOver, int ruleOver, long soft, long softOther,
                  long bestMillis, long filledMillis, long spentMillis, double speed, double load) {
    }

    /** The shipped rotation search with a spent limit of so many seconds (no unimproved limit). */
    private static final IntFunction<SolverFactory<RotationSolution>> FACTORY = seconds ->
            SolverFactory.create(RotationBenchmarkAccess.shippedConfig(Duration.ofSeconds(seconds)));

    /** The id prefix of the people added for the staggered roster. */
    private static final String STAGGERED = "STG-";

    private HousingBenchmark() {
    }

    static void run(Map<String, String> options, Path out, Consumer<String> note) throws IOException {
        List<Result> results = new ArrayList<>();
        List<Shape> shapes = List.of(options.getOrDefault("housing.shapes", "AMPLE;TIGHT;IMPOSSIBLE").split(";"))
                .stream().map(name -> Shape.valueOf(name.trim())).toList();
        for (String scaleName : options.getOrDefault("housing.scales", "BATTALION;BRIGADE").split(";")) {
            Scale scale = Scale.valueOf(scaleName.trim());
            int budget = Integer.parseInt(options.getOrDefault("housing." + scale, scale == Scale.BATTALION ? "15" : "30"));
            List<Long> seeds = PlantedCorpus.seeds(options.getOrDefault("housing." + scale + ".seeds",
                    options.getOrDefault("housing.seeds", "1-3")));
            long steps = Long.parseLong(options.getOrDefault("housing.steps", "0"));
            boolean warm = false;
            for (long seed : seeds) {
                for (String corpus : options.getOrDefault("housing.corpora", "generated;planted").split(";")) {
                    Planted planted = staggered(corpus.trim(), scale, seed);
                    note.accept(String.format(Locale.ROOT, "housing %s %s seed %d: %d people added for the staggered"
                            + " roster", corpus, scale, seed, planted.roster().stream()
                            .filter(slot -> slot.person().startsWith(STAGGERED)).map(Scenario.PinnedSlot::person)
                            .distinct().count()));
                    for (Shape shape : shapes) {
                        Scenario scenario = housed(planted.scenario(), planted.roster(), shape);
                        note.accept(String.format(Locale.ROOT, "housing %s %s seed %d %s: family housing %s, barracks %s",
                                corpus, scale, seed, shape, places(scenario, GarrisonKind.FAMILY_HOUSING),
                                places(scenario, GarrisonKind.BARRACKS)));
                        if (!warm) { // the first solves of a JVM also load and compile the solver's classes
                            for (Variant variant : List.of(Variant.RULE, Variant.OFF)) {
                                solve(corpus.trim(), scale, seed, shape, variant, scenario, Math.min(budget, 5), steps);
                            }
                            warm = true;
                        }
                        Result witness = measure(corpus.trim(), scale, seed, shape, Variant.PLANTED, scenario,
                                rowsOf(scenario, planted.roster()), -1, -1, -1, 0, -1);
                        results.add(witness);
                        note.accept(line(witness));
                        for (Variant variant : List.of(Variant.RULE, Variant.OFF)) {
                            Result result = solve(corpus.trim(), scale, seed, shape, variant, scenario, budget, steps);
                            results.add(result);
                            note.accept(line(result));
                        }
                    }
                }
            }
        }
        String tag = options.getOrDefault("tag", "housing");
        Files.writeString(out.resolve("housing-" + tag + ".md"), report(results));
        note.accept("housing benchmark report: " + out.resolve("housing-" + tag + ".md"));
    }

    /** The corpus's instance and its staggered planted roster. */
    private static Planted staggered(String corpus, Scale scale, long seed) {
        if (corpus.equals("planted")) {
            PlantedScenarios.Planted instance = PlantedCorpus.generate(scale, seed, false);
            return staggered(instance.scenario(), instance.roster());
        }
        if (!corpus.equals("generated")) {
            throw new IllegalArgumentException("unknown corpus " + corpus);
        }
        return staggered(ScenarioGenerator.generate(scale, seed), GeneratorBenchmarkAccess.witness(scale, seed));
    }

    /** A roster planted in a scenario: the scenario (with any people added for it) and the roster's rows. */
    record Planted(Scenario scenario, List<Scenario.PinnedSlot> roster) {
    }

    /**
     * The witness roster with every other post outside the key groups staggered by one period: its first holder
     * stays one period only and each later holder arrives a period earlier than in the witness, in the same order of
     * nations, for the nation's tour. The holders of the staggered tours are new people, copies (nation, rank,
     * skills, English) of the witness's holders of that post, available for their tour and its hand-over: so the
     * staggered roster keeps the hard rules the witness keeps (checked when it is scored), and its newcomers are
     * spread over twice as many boundaries as the witness's.
     */
    static Planted staggered(Scenario scenario, List<Scenario.PinnedSlot> witness) {
        Map<String, Scenario.Person> people = scenario.personnel().stream()
                .collect(Collectors.toMap(Scenario.Person::id, person -> person));
        Map<String, Integer> tours = scenario.nations().stream()
                .collect(Collectors.toMap(Scenario.Nation::code, Scenario.Nation::tourPeriods));
        Map<String, List<Scenario.PinnedSlot>> byPost = witness.stream().filter(slot -> slot.person() != null)
                .sorted(Comparator.comparingInt(Scenario.PinnedSlot::period))
                .collect(Collectors.groupingBy(Scenario.PinnedSlot::post, LinkedHashMap::new, Collectors.toList()));
        List<Scenario.Post> loose = scenario.posts().stream().filter(post -> post.sourcing().keyGroup() == null
                && byPost.containsKey(post.id())).toList();
        Scenario.Horizon horizon = scenario.horizon();
        List<Scenario.Person> added = new ArrayList<>();
        List<Scenario.PinnedSlot> roster = new ArrayList<>();
        Set<String> shifted = new HashSet<>();
        for (int index = 1; index < loose.size(); index += 2) {
            Scenario.Post post = loose.get(index);
            List<Scenario.PinnedSlot> rows = byPost.get(post.id());
            List<String> order = new ArrayList<>(); // the witness's holders' nations, tour by tour
            Map<String, Scenario.Person> template = new HashMap<>();
            String previous = null;
            for (Scenario.PinnedSlot row : rows) {
                Scenario.Person holder = people.get(row.person());
                if (!row.person().equals(previous)) {
                    order.add(holder.nation());
                    template.putIfAbsent(holder.nation(), holder);
                }
                previous = row.person();
            }
            List<String> allowed = post.sourcing().nations();
            int first = rows.getFirst().period();
            int last = rows.getLast().period();
            if (rows.size() != last - first + 1 || last == first || !rows.get(1).person().equals(rows.get(0).person())) {
                continue; // a gap in the witness, or a first tour of one period already: nothing to stagger
            }
            List<Scenario.PinnedSlot> staggeredRows = new ArrayList<>();
            int start = first;
            for (int tour = 0; start <= last; tour++) {
                String nation = tour < order.size() ? order.get(tour)
                        : allowed.isEmpty() ? order.getLast() : allowed.get((allowed.indexOf(order.getFirst()) + tour)
                        % allowed.size());
                Scenario.Person like = template.get(nation);
                if (like == null) {
                    staggeredRows = null;
                    break;
                }
                int end = Math.min(last, tour == 0 ? start : start + tours.get(nation) - 1);
                Scenario.Person holder = new Scenario.Person(STAGGERED + post.id() + "-" + tour, "Staggered " + post.id()
                        + " " + (tour + 1), nation, like.rank(), like.skills(), like.english(),
                        Period.of(horizon.start(), horizon.periodMonths(), start).start()
                                .minusDays(horizon.handoverDays() + 7),
                        Period.of(horizon.start(), horizon.periodMonths(), end).end().plusDays(30));
                added.add(holder);
                for (int period = start; period <= end; period++) {
                    staggeredRows.add(new Scenario.PinnedSlot(post.id(), period, holder.id()));
                }
                start = end + 1;
            }
            if (staggeredRows != null) {
                roster.addAll(staggeredRows);
                shifted.add(post.id());
            }
        }
        witness.stream().filter(slot -> !shifted.contains(slot.post())).forEach(roster::add);
        List<Scenario.Person> personnel = new ArrayList<>(scenario.personnel());
        added.stream().filter(person -> roster.stream().anyMatch(slot -> person.id().equals(slot.person())))
                .forEach(personnel::add);
        return new Planted(scenario.withPersonnel(personnel), roster);
    }

    /** The scenario with its garrisons replaced by family housing and barracks of {@code shape}, one step a period. */
    static Scenario housed(Scenario scenario, List<Scenario.PinnedSlot> witness, Shape shape) {
        int periods = scenario.horizon().periods();
        Map<Integer, Long> active = RotationMapper.toSolution(scenario).getSlots().stream()
                .collect(Collectors.groupingBy(RotationSlot::getPeriodIndex, Collectors.counting()));
        IntUnaryOperator staff = period -> active.getOrDefault(period, 0L).intValue();
        Map<Integer, Set<String>> holders = new HashMap<>();
        witness.stream().filter(slot -> slot.person() != null).forEach(slot ->
                holders.computeIfAbsent(slot.period(), period -> new HashSet<>()).add(slot.person()));
        IntUnaryOperator newcomers = period -> {
            Set<String> arriving = new HashSet<>(holders.getOrDefault(period + 1, Set.of()));
            arriving.removeAll(holders.getOrDefault(period, Set.of()));
            return arriving.size();
        };
        IntUnaryOperator soldiers = period -> scenario.companies().stream()
                .filter(company -> company.attachedPeriods().contains(period)).mapToInt(Scenario.Company::strength).sum();
        int mostSoldiers = IntStream.range(0, periods).map(soldiers).max().orElse(0);
        List<Growth.Capacity> family = new ArrayList<>();
        List<Growth.Capacity> barracks = new ArrayList<>();
        for (int period = 0; period < periods; period++) {
            int next = period + 1 < periods ? staff.applyAsInt(period + 1) : 0;
            family.add(new Growth.Capacity(period, switch (shape) {
                case AMPLE -> staff.applyAsInt(period) + next;
                case TIGHT -> staff.applyAsInt(period) + newcomers.applyAsInt(period);
                case IMPOSSIBLE -> staff.applyAsInt(period) * 9 / 10;
            }));
            barracks.add(new Growth.Capacity(period, switch (shape) {
                case AMPLE -> mostSoldiers * 3 / 2;
                case TIGHT -> soldiers.applyAsInt(period);
                case IMPOSSIBLE -> soldiers.applyAsInt(period) * 9 / 10;
            }));
        }
        return scenario.withGrowth(scenario.growth().withGarrisons(List.of(
                new Growth.Garrison("BENCH-FH", "Benchmark family housing", GarrisonKind.FAMILY_HOUSING.name(), "KAZ", 0,
                        family),
                new Growth.Garrison("BENCH-BKS", "Benchmark barracks", GarrisonKind.BARRACKS.name(), "KAZ", 0,
                        barracks))));
    }

    private static String places(Scenario scenario, GarrisonKind kind) {
        return IntStream.range(0, scenario.horizon().periods())
                .mapToObj(period -> String.valueOf(HousingLoads.places(scenario.growth().garrisons(), kind, period)))
                .collect(Collectors.joining(" ", "[", "]"));
    }

    private static Result solve(String corpus, Scale scale, long seed, Shape shape, Variant variant, Scenario scenario,
                                int budget, long steps) {
        double loadBefore = PlantedCorpus.load();
        RotationSolution problem = RotationMapper.toSolution(scenario);
        if (variant == Variant.OFF) {
            problem.setHousing(List.of());
        }
        SolverConfig config = RotationBenchmarkAccess.shippedConfig(Duration.ofSeconds(budget));
        if (steps > 0) { // a fixed number of local search steps, so that the machine's load does not decide
            config.getPhaseConfigList().getLast().setTerminationConfig(new TerminationConfig().withStepCountLimit((int) steps));
        }
        Solver<RotationSolution> solver = SolverFactory.<RotationSolution>create(config).buildSolver();
        long start = System.nanoTime();
        long[] best = {-1};
        long[] filled = {-1};
        solver.addEventListener(event -> {
            long millis = (System.nanoTime() - start) / 1_000_000;
            HardMediumSoftScore score = (HardMediumSoftScore) event.getNewBestScore();
            best[0] = millis;
            if (filled[0] < 0 && score.isSolutionInitialized() && score.hardScore() == 0 && score.mediumScore() == 0) {
                filled[0] = millis;
            }
        });
        RotationSolution solved = solver.solve(problem);
        long spent = (System.nanoTime() - start) / 1_000_000;
        double speed = ((DefaultSolver<RotationSolution>) solver).getSolverScope().getScoreCalculationSpeed();
        return measure(corpus, scale, seed, shape, variant, scenario, solved, best[0], filled[0], spent, speed, loadBefore);
    }

    /** The solver's own model of {@code scenario} holding {@code roster} (a person not eligible leaves the slot empty). */
    private static RotationSolution rowsOf(Scenario scenario, List<Scenario.PinnedSlot> roster) {
        RotationSolution solution = RotationMapper.toSolution(scenario);
        RotationMapper.applyRows(solution, roster.stream().map(slot -> new PlanRow(slot.post(), slot.period(),
                slot.person())).toList(), Set.of());
        return solution;
    }

    /** The roster of {@code solution} scored with and without the housing rule, and against the housing warnings. */
    private static Result measure(String corpus, Scale scale, long seed, Shape shape, Variant variant, Scenario scenario,
                                  RotationSolution solution, long bestMillis, long filledMillis, long spentMillis, double speed,
                                  double loadBefore) {
        SolutionManager<RotationSolution, HardMediumSoftScore> scores = SolutionManager.create(FACTORY.apply(1));
        List<StaffHousing> housing = RotationMapper.toSolution(scenario).getHousing();
        solution.setHousing(List.of());
        HardMediumSoftScore other = scores.update(solution);
        solution.setHousing(housing);
        HardMediumSoftScore all = scores.update(solution);
        List<Plan.RotationRow> rows = solution.getSlots().stream().map(slot -> new Plan.RotationRow(slot.getPost().id(),
                slot.getPeriodIndex(), slot.getPerson() == null ? null : slot.getPerson().id())).toList();
        List<HousingLoad> loads = HousingLoads.of(scenario, rows);
        int periodsOver = (int) loads.stream().filter(load -> load.kind() == GarrisonKind.FAMILY_HOUSING)
                .filter(HousingLoad::overCapacity).count();
        int unfilled = (int) rows.stream().filter(row -> row.person() == null).count();
        int ruleOver = (int) ((other.softScore() - all.softScore()) / RotationConstraintProvider.HOUSING_WEIGHT);
        double load = loadBefore < 0 ? PlantedCorpus.load() : (loadBefore + PlantedCorpus.load()) / 2;
        return new Result(corpus, scale, seed, shape, variant, rows.size(), unfilled, all.hardScore(),
                excess(loads, GarrisonKind.FAMILY_HOUSING), periodsOver, excess(loads, GarrisonKind.BARRACKS), ruleOver,
                all.softScore(), other.softScore(), bestMillis, filledMillis, spentMillis, speed, load);
    }

    private static int excess(List<HousingLoad> loads, GarrisonKind kind) {
        return loads.stream().filter(load -> load.kind() == kind).mapToInt(HousingLoad::excess).sum();
    }

    private static String line(Result r) {
        return String.format(Locale.ROOT, "housing %s %s seed %d %s %s: %d/%d unfilled, %d hard, family housing"
                        + " %d place-periods over (%d periods), barracks %d, rule's count %d, soft %d (without housing %d),"
                        + " best at %d ms, 0 unfilled at %d ms, ended at %d ms, %.0f score calculations/s, load %.1f", r.corpus(), r.scale(), r.seed(), r.shape(),
                r.variant().name().toLowerCase(Locale.ROOT), r.unfilled(), r.slots(), r.hard(), r.familyOver(), r.familyPeriodsOver(),
                r.barracksOver(), r.ruleOver(), r.soft(), r.softOther(), r.bestMillis(), r.filledMillis(), r.spentMillis(), r.speed(), r.load());
    }

    /**
     * One row per scale, corpus, shape and rule: totals over the seeds (so a row of three seeds adds three rosters),
     * the median time to the best roster, and how many instances the rule left with fewer, as many or more family
     * housing place-periods over than the rule switched off.
     */
    private static final Map<Variant, String> LABELS = Map.of(Variant.RULE, "search, rule as shipped", Variant.OFF,
            "search, rule off", Variant.PLANTED, "planted staggered roster");

    static String report(List<Result> results) {
        StringBuilder md = new StringBuilder("| scale | corpus | shape | roster | instances | family housing place-periods"
                + " over (periods over) | barracks place-periods over | rule's count of people over | unfilled slots"
                + " | hard | soft, shipped rules | soft without the housing rule | time to best / to the end, median | score calculations/s, median"
                + " | fewer / same / more over than off | load |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Scale scale : Scale.values()) {
            for (String corpus : List.of("generated", "planted")) {
                for (Shape shape : Shape.values()) {
                    for (Variant variant : Variant.values()) {
                        List<Result> rows = results.stream().filter(r -> r.scale() == scale && r.corpus().equals(corpus)
                                && r.shape() == shape && r.variant() == variant).toList();
                        if (!rows.isEmpty()) {
                            md.append(row(scale, corpus, shape, variant, rows, results));
                        }
                    }
                }
            }
        }
        md.append("\nPer instance (family housing over / unfilled / soft without housing / best at):\n\n");
        results.forEach(r -> md.append("- ").append(line(r)).append('\n'));
        return md.toString();
    }

    private static String row(Scale scale, String corpus, Shape shape, Variant variant, List<Result> rows,
                              List<Result> all) {
        String versus = "";
        if (variant == Variant.RULE) {
            int fewer = 0;
            int same = 0;
            int more = 0;
            for (Result on : rows) {
                Result off = all.stream().filter(r -> r.variant() == Variant.OFF && r.scale() == scale && r.corpus().equals(corpus)
                        && r.shape() == shape && r.seed() == on.seed()).findFirst().orElse(null);
                if (off != null) {
                    int compare = Integer.compare(on.familyOver(), off.familyOver());
                    fewer += compare < 0 ? 1 : 0;
                    same += compare == 0 ? 1 : 0;
                    more += compare > 0 ? 1 : 0;
                }
            }
            versus = fewer + " / " + same + " / " + more;
        }
        long[] times = rows.stream().mapToLong(Result::bestMillis).sorted().toArray();
        double[] speeds = rows.stream().mapToDouble(Result::speed).sorted().toArray();
        long[] spent = rows.stream().mapToLong(Result::spentMillis).sorted().toArray();
        String time = variant == Variant.PLANTED ? "–" : String.format(Locale.ROOT, "%.1f s / %.1f s",
                times[times.length / 2] / 1000.0, spent[spent.length / 2] / 1000.0);
        String speed = variant == Variant.PLANTED ? "–" : String.format(Locale.ROOT, "%,.0f", speeds[speeds.length / 2]);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %d (%d) | %d | %d | %d | %d | %d | %d | %s | %s | %s"
                        + " | %.1f–%.1f |%n", scale.name().toLowerCase(Locale.ROOT), corpus,
                shape.name().toLowerCase(Locale.ROOT), LABELS.get(variant), rows.size(),
                rows.stream().mapToInt(Result::familyOver).sum(), rows.stream().mapToInt(Result::familyPeriodsOver).sum(),
                rows.stream().mapToInt(Result::barracksOver).sum(), rows.stream().mapToInt(Result::ruleOver).sum(),
                rows.stream().mapToInt(Result::unfilled).sum(), rows.stream().mapToLong(Result::hard).sum(),
                rows.stream().mapToLong(Result::soft).sum(), rows.stream().mapToLong(Result::softOther).sum(), time, speed, versus,
                rows.stream().mapToDouble(Result::load).min().orElse(0),
                rows.stream().mapToDouble(Result::load).max().orElse(0));
    }
}
