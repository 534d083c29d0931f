package org.jmatu.planner.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.solver.CalendarBenchmarkAccess;
import org.jmatu.planner.planning.calendar.solver.CalendarMapper;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.RotationBenchmarkAccess;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The benchmark of docs/benchmarks.md (issue 8). Run with {@code ./mvnw -Pbenchmark test-compile exec:exec@benchmark}.
 * For rotation and calendar at battalion and brigade scale, per seed, it runs the construction heuristic
 * alone, the shipped local search with one thread and with {@code moveThreadCount} 2, and on the battalion
 * rotation the exact CP-SAT reference; every rotation plan (OptaPlanner's and CP-SAT's, at each checkpoint)
 * is scored by {@link RotationScorer} from its plan file. Writes {@code target/benchmark/results.md}, the
 * plan files and the charts {@code docs/images/benchmark-*.png}.
 *
 * <p>Options ({@code -Dbenchmark.args="key=value,..."}):
 * {@code only=rotation|calendar|cpsat|all|planted|calcpsat|courses|housing|publish} ({@code planted}: the planted corpus, see {@link PlantedCorpus}; {@code calcpsat}: the calendar's CP-SAT reference
 * against the shipped search, see {@link CalendarCpSatRun}; {@code courses}: English courses, see
 * {@link CourseBenchmark}; {@code housing}: the rule "Housing over capacity" on and off, see
 * {@link HousingBenchmark}; {@code publish}: publishing a roster and its sourcing requests, see
 * {@link PublishBenchmark}), {@code cpsatScales=BATTALION;BRIGADE} (where the rotation's
 * CP-SAT model runs),
 * {@code seeds=1;2}, {@code rotation.BATTALION=120}, {@code rotation.BRIGADE=120}, {@code calendar.BATTALION=60},
 * {@code calendar.BRIGADE=120} (seconds per run), {@code rotationVariant=shipped|nofill}, {@code cpsat=120}, {@code cpsatWorkers=8}, {@code configs=CH;LS1;LS2;PLAIN}, {@code tag=name} (of results-name.md), {@code charts=docs/images} (where the PNGs go), {@code scales=BATTALION;BRIGADE}.
 */
public final class Benchmark {

    static final int[] CHECKPOINTS = {10, 30, 60, 120};

    enum Config {
        CH("construction heuristic only"),
        LS1("shipped local search, 1 thread"),
        LS2("shipped local search, moveThreadCount 2"),
        PLAIN("change and swap moves only (the earlier default), 1 thread");

        final String label;

        Config(String label) {
            this.label = label;
        }
    }

    /** One best-solution event: time, score levels. */
    record Point(long millis, boolean initialized, long hard, long medium, long soft, String score) {
    }

    record Run(String problem, Scale scale, long seed, Config config, int budget, List<Point> points,
               long firstFeasibleMillis, String finalScore, double scoreCalcSpeed, long peakHeapMb,
               Map<Integer, RotationScorer.Result> independent, RotationScorer.Result independentFinal,
               int entities) {

        Point bestAt(int seconds) {
            Point best = null;
            for (Point point : points) {
                if (point.millis() <= seconds * 1000L) {
                    best = point;
                }
            }
            return best;
        }
    }

    private final Map<String, String> options = new HashMap<>();
    private final List<Run> runs = new ArrayList<>();
    private final List<String> cpsatLines = new ArrayList<>();
    private final Map<String, List<double[]>> cpsatTraces = new LinkedHashMap<>();
    private final StringBuilder log = new StringBuilder();

    public static void main(String[] args) throws IOException {
        Benchmark benchmark = new Benchmark();
        String raw = System.getProperty("benchmark.args", "");
        for (String pair : raw.split(",")) {
            if (pair.contains("=")) {
                benchmark.options.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
            }
        }
        benchmark.runAll();
        System.exit(0);
    }

    private String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    private void runAll() throws IOException {
        Path out = Path.of("target/benchmark");
        Files.createDirectories(out.resolve("plans"));
        String only = option("only", "all");
        if (only.equals("planted")) {
            note("Planted corpus, load average " + PlantedCorpus.load() + ", options " + options);
            PlantedCorpus.run(options, out, this::note);
            return;
        }
        if (only.equals("calcpsat")) {
            CalendarCpSatRun.run(options, out, this::note);
            return;
        }
        if (only.equals("publish")) {
            note("Publishing benchmark, load average " + PlantedCorpus.load() + ", options " + options);
            PublishBenchmark.run(options, out, this::note);
            return;
        }
        if (only.equals("housing")) {
            note("Housing benchmark, load average " + PlantedCorpus.load() + ", options " + options);
            HousingBenchmark.run(options, out, this::note);
            return;
        }
        if (only.equals("courses")) {
            note("English-course benchmark, load average " + PlantedCorpus.load() + ", options " + options);
            CourseBenchmark.run(options, out, this::note);
            return;
        }
        List<Long> seeds = new ArrayList<>();
        for (String seed : option("seeds", "1;2").split(";")) {
            seeds.add(Long.parseLong(seed.trim()));
        }
        List<Config> configs = new ArrayList<>();
        for (String config : option("configs", "CH;LS1;LS2;PLAIN").split(";")) {
            configs.add(Config.valueOf(config.trim()));
        }
        note("Started " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " processors, Java "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB, options " + options);
        for (String scaleName : option("scales", "BATTALION;BRIGADE").split(";")) {
            Scale scale = Scale.valueOf(scaleName.trim());
            for (long seed : seeds) {
                Scenario scenario = ScenarioGenerator.generate(scale, seed);
                note(String.format(Locale.ROOT, "scenario %s seed %d: %d posts, %d people, %d companies, %d exercises,"
                                + " file hash %08x", scale, seed, scenario.posts().size(), scenario.personnel().size(),
                        scenario.companies().size(), scenario.exercises().size(),
                        org.jmatu.planner.scenario.file.ScenarioFiles.write(scenario).hashCode()));
                if (only.equals("fingerprint")) {
                    continue;
                }
                if (only.equals("all") || only.equals("rotation") || only.equals("cpsat")) {
                    if (!only.equals("cpsat")) {
                        int budget = Integer.parseInt(option("rotation." + scale, "120"));
                        for (Config config : configs) {
                            rotation(scenario, scale, seed, config, budget, out);
                        }
                    }
                    if (List.of(option("cpsatScales", "BATTALION").split(";")).contains(scale.name())
                            && !option("cpsat", "120").equals("0")) {
                        cpsat(scenario, scale, seed, Integer.parseInt(option("cpsat", "120")),
                                Integer.parseInt(option("cpsatWorkers", "8")), out);
                    }
                }
                if (only.equals("all") || only.equals("calendar")) {
                    int budget = Integer.parseInt(option("calendar." + scale, scale == Scale.BATTALION ? "60" : "120"));
                    for (Config config : configs) {
                        if (config == Config.LS1 || config == Config.LS2) { // PLAIN is the rotation's earlier default
                            calendar(scenario, scale, seed, config, budget);
                        }
                    }
                    if (configs.contains(Config.CH)) {
                        constructionOnly(scale, seed);
                    }
                }
            }
        }
        Report.write(this, out, option("tag", "all"), Path.of(option("charts", "docs/images")));
    }

    List<Run> runs() {
        return runs;
    }

    List<String> cpsatLines() {
        return cpsatLines;
    }

    Map<String, List<double[]>> cpsatTraces() {
        return cpsatTraces;
    }

    String log() {
        return log.toString();
    }

    void note(String line) {
        System.out.println("BENCHMARK " + line);
        log.append(line).append('\n');
    }

    /**
     * {@code construction}: the phases a CH-only or plain run starts with; the roster has one construction phase per
     * entity class (slots, course seats), which OptaPlanner's default construction cannot configure by itself.
     */
    private static SolverConfig configure(SolverConfig shipped, Config config, List<PhaseConfig> construction) {
        List<PhaseConfig> plain = new ArrayList<>(construction);
        // an empty local search phase is OptaPlanner's default: late acceptance over change and swap moves
        plain.add(new LocalSearchPhaseConfig());
        return switch (config) {
            case CH -> shipped.withPhaseList(new ArrayList<>(construction));
            case LS1 -> shipped;
            case LS2 -> shipped.withMoveThreadCount("2");
            case PLAIN -> shipped.withPhaseList(plain);
        };
    }

    /** The shipped phases but the last, the local search. */
    private static List<PhaseConfig> shippedConstruction(SolverConfig shipped) {
        List<PhaseConfig> phases = shipped.getPhaseConfigList();
        return List.copyOf(phases.subList(0, phases.size() - 1));
    }

    private void rotation(Scenario scenario, Scale scale, long seed, Config config, int budget, Path out) {
        RotationSolution problem = RotationMapper.toSolution(scenario);
        SolverConfig shipped = RotationBenchmarkAccess.variant(option("rotationVariant", "shipped"),
                Duration.ofSeconds(budget));
        SolverConfig solverConfig = configure(shipped, config, shippedConstruction(shipped));
        boolean snapshots = scale == Scale.BATTALION;
        Map<Integer, List<Plan.RotationRow>> rowsAt = new HashMap<>();
        Run run = solve("rotation", scale, seed, config, budget, solverConfig, problem, problem.getSlots().size(),
                snapshots ? (solution, millis) -> {
                    List<Plan.RotationRow> rows = rows(solution);
                    for (int checkpoint : CHECKPOINTS) {
                        if (millis <= checkpoint * 1000L) {
                            rowsAt.put(checkpoint, rows);
                        }
                    }
                } : null,
                solved -> {
                    Plan plan = plan(scenario, rows(solved), solved.getScore().toString());
                    PlanFiles.write(plan, out.resolve("plans/rotation-" + scale.name().toLowerCase(Locale.ROOT) + "-"
                            + seed + "-" + config + ".json"));
                    return RotationScorer.score(scenario, plan);
                }, scenario);
        if (snapshots) {
            for (int checkpoint : CHECKPOINTS) {
                if (checkpoint <= budget && rowsAt.containsKey(checkpoint)) {
                    run.independent().put(checkpoint, RotationScorer.score(scenario, plan(scenario, rowsAt.get(checkpoint), null)));
                }
            }
        }
    }

    private void calendar(Scenario scenario, Scale scale, long seed, Config config, int budget) {
        CalendarSolution problem = CalendarMapper.toSolution(scenario);
        SolverConfig solverConfig = configure(CalendarBenchmarkAccess.shippedConfig(Duration.ofSeconds(budget)), config,
                List.of(new ConstructionHeuristicPhaseConfig()));
        solve("calendar", scale, seed, config, budget, solverConfig, problem,
                problem.getAssignments().size() + problem.getParticipations().size(), null, solved -> null, scenario);
    }

    /**
     * The calendar has two entity classes, for which a bare ConstructionHeuristicPhaseConfig cannot be built,
     * so its "construction heuristic only" row is the construction phase of the shipped run itself: its
     * events up to the first initialized solution (speed and heap are then those of the whole run).
     */
    private void constructionOnly(Scale scale, long seed) {
        runs.stream().filter(run -> run.problem().equals("calendar") && run.scale() == scale && run.seed() == seed
                && run.config() != Config.CH).findFirst().ifPresent(shipped -> {
            List<Point> points = new ArrayList<>();
            for (Point point : shipped.points()) {
                points.add(point);
                if (point.initialized()) {
                    break;
                }
            }
            Point last = points.getLast();
            Run run = new Run("calendar", scale, seed, Config.CH, (int) Math.max(1, Math.ceil(last.millis() / 1000.0)),
                    points, last.initialized() && last.hard() == 0 ? last.millis() : -1, last.score(),
                    shipped.scoreCalcSpeed(), shipped.peakHeapMb(), new LinkedHashMap<>(), null, shipped.entities());
            runs.add(runs.indexOf(shipped), run);
            note(String.format(Locale.ROOT, "calendar %s seed %d CH (phase of the shipped run): %s after %d ms",
                    scale, seed, last.score(), last.millis()));
        });
    }

    interface Snapshotter<S> {
        void accept(S solution, long millis);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <S> Run solve(String problemName, Scale scale, long seed, Config config, int budget, SolverConfig solverConfig,
                          S problem, int entities, Snapshotter<S> snapshotter,
                          Function<S, RotationScorer.Result> finalScorer, Scenario scenario) {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        Solver<S> solver = SolverFactory.<S>create(solverConfig).buildSolver();
        List<Point> points = new ArrayList<>();
        long[] firstFeasible = {-1};
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            long millis = (System.nanoTime() - start) / 1_000_000;
            Score score = event.getNewBestScore();
            Number[] levels = score.toLevelNumbers();
            long hard = levels[0].longValue();
            long medium = levels.length == 3 ? levels[1].longValue() : 0;
            long soft = levels[levels.length - 1].longValue();
            points.add(new Point(millis, score.isSolutionInitialized(), hard, medium, soft, score.toString()));
            if (score.isSolutionInitialized() && hard == 0 && firstFeasible[0] < 0) {
                firstFeasible[0] = millis;
            }
            if (snapshotter != null && score.isSolutionInitialized()) {
                snapshotter.accept(event.getNewBestSolution(), millis);
            }
        });
        S solved = solver.solve(problem);
        long spent = (System.nanoTime() - start) / 1_000_000;
        double speed = ((DefaultSolver<S>) solver).getSolverScope().getScoreCalculationSpeed();
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1 << 20);
        Score finalScore = ((DefaultSolver<S>) solver).getSolverScope().getBestScore();
        if (points.isEmpty() || !points.getLast().score().equals(finalScore.toString())) {
            Number[] levels = finalScore.toLevelNumbers();
            points.add(new Point(spent, finalScore.isSolutionInitialized(), levels[0].longValue(),
                    levels.length == 3 ? levels[1].longValue() : 0, levels[levels.length - 1].longValue(),
                    finalScore.toString()));
        }
        if (firstFeasible[0] < 0 && finalScore.isSolutionInitialized() && finalScore.isFeasible()) {
            firstFeasible[0] = spent;
        }
        RotationScorer.Result independent = finalScorer.apply(solved);
        Run run = new Run(problemName, scale, seed, config, budget, points, firstFeasible[0], finalScore.toString(),
                speed, peak, new LinkedHashMap<>(), independent, entities);
        runs.add(run);
        note(String.format(Locale.ROOT, "%s %s seed %d %s (%d s): first feasible %s, final %s after %d ms,"
                        + " score calc speed %.0f/s, peak heap %d MiB%s", problemName, scale, seed, config, budget,
                firstFeasible[0] < 0 ? "never" : firstFeasible[0] + " ms", finalScore, spent, speed, peak,
                independent == null ? "" : ", independent " + independent + " " + independent));
        return run;
    }

    private void cpsat(Scenario scenario, Scale scale, long seed, int seconds, int workers, Path out) {
        RotationSolution problem = RotationMapper.toSolution(scenario);
        RotationCpSat.Outcome outcome = new RotationCpSat(problem).solve(seconds, workers, CHECKPOINTS);
        note(String.format(Locale.ROOT, "cpsat %s seed %d (%d s, %d workers): %s, objective %d, bound %d,"
                        + " %d variables, %d constraints, %.1f s, load %.2f", scale, seed, seconds, workers, outcome.status(),
                outcome.objective(), outcome.bound(), outcome.variables(), outcome.constraints(), outcome.seconds(), PlantedCorpus.load()));
        List<double[]> trace = new ArrayList<>();
        for (RotationCpSat.Trace t : outcome.trace()) {
            long medium = t.objective() / RotationCpSat.MEDIUM_WEIGHT;
            trace.add(new double[] {t.seconds(), -(t.objective() - medium * RotationCpSat.MEDIUM_WEIGHT), medium});
        }
        cpsatTraces.put("CP-SAT " + (scale == Scale.BATTALION ? "" : scale.name().toLowerCase() + " ") + "seed " + seed, trace);
        if (!outcome.rows().isEmpty()) {
            RotationScorer.Result r = RotationScorer.score(scenario, plan(scenario, outcome.rows(), null));
            note(String.format(Locale.ROOT, "cpsat " + scale + " seed %d final plan %s: fair share / staff share / hand-overs"
                    + " / tour continuity %d / %d / %d / %d", seed, r, r.fairShare(), r.staffShare(), r.handOvers(),
                    r.tourContinuity()));
            PlanFiles.write(plan(scenario, outcome.rows(), null), out.resolve("plans/rotation-" + scale.name().toLowerCase() + "-" + seed + "-CPSAT.json"));
        }
        for (Map.Entry<Integer, RotationCpSat.Snapshot> snapshot : outcome.snapshots().entrySet()) {
            int checkpoint = snapshot.getKey();
            if (checkpoint > seconds) {
                continue;
            }
            RotationScorer.Result result = RotationScorer.score(scenario, plan(scenario, snapshot.getValue().rows(), null));
            long bound = snapshot.getValue().bound();
            long mediumBound = Math.floorDiv(bound, RotationCpSat.MEDIUM_WEIGHT);
            String softBound = mediumBound == result.medium() ? String.valueOf(-(bound - mediumBound * RotationCpSat.MEDIUM_WEIGHT))
                    : "medium not proven (bound " + bound + ")";
            String line = String.format(Locale.ROOT, "%d|%d|%s|%d|%s|%s", seed, checkpoint, result,
                    snapshot.getValue().objective(), softBound, outcome.status());
            if (scale == Scale.BATTALION) { // the report's CP-SAT table is the battalion's; brigade figures are in the log
                cpsatLines.add(line);
            }
            note("cpsat " + scale + " checkpoint " + line);
        }
    }

    private static List<Plan.RotationRow> rows(RotationSolution solution) {
        List<Plan.RotationRow> rows = new ArrayList<>(solution.getSlots().size());
        for (RotationSlot slot : solution.getSlots()) {
            rows.add(new Plan.RotationRow(slot.getPost().id(), slot.getPeriodIndex(),
                    slot.getPerson() == null ? null : slot.getPerson().id()));
        }
        return rows;
    }

    private static Plan plan(Scenario scenario, List<Plan.RotationRow> rows, String score) {
        List<Plan.Gap> gaps = rows.stream().filter(row -> row.person() == null)
                .map(row -> new Plan.Gap(row.post(), row.period(), "unfilled")).toList();
        return new Plan(Plan.FORMAT, scenario.name(), score, rows, List.of(), gaps);
    }
}
