package org.jmatu.planner.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.solver.CalendarBenchmarkAccess;
import org.jmatu.planner.planning.calendar.solver.CalendarMapper;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The calendar against its exact reference ({@link CalendarCpSat}): per scale and seed, CP-SAT's best calendar and
 * bound (its calendar re-scored by OptaPlanner, which must agree with CP-SAT's objective), then the shipped search
 * (one thread) with its best score at 10, 30, 60 and 120 s and the gaps to CP-SAT's best and bound.
 *
 * <p>Options (with {@code only=calcpsat}): {@code scales=BATTALION;BRIGADE}, {@code seeds=1;2} (generator seeds;
 * {@code corpus=planted} takes the planted corpus's instances instead), {@code cpsat=120}, {@code cpsatWorkers=2},
 * {@code calendar.BATTALION=60}, {@code calendar.BRIGADE=120}, {@code variant} (see
 * {@code CalendarBenchmarkAccess.variant}; {@code cpsat=0} skips CP-SAT), {@code steps=N} (the local search stops
 * after N steps, within the time budget), {@code cpsatCache=true} (reuse CP-SAT's calendar of an earlier run with
 * the same time limit, kept in {@code target/benchmark/cpsat-calendars}), {@code tag}. Each run logs where the
 * search's calendar differs from CP-SAT's: the score per constraint and the exercises placed otherwise.
 */
final class CalendarCpSatRun {

    private CalendarCpSatRun() {
    }

    static void run(Map<String, String> options, Path out, Consumer<String> note) throws IOException {
        StringBuilder md = new StringBuilder("| scale | seed | CP-SAT status | CP-SAT best (soft) | CP-SAT bound | OptaPlanner's"
                + " score of CP-SAT's calendar | shipped search at 10 s | 30 s | 60 s | 120 s | gap to best at the end |"
                + " gap to bound at the end | load (1 min) |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        note.accept("calendar variant " + options.getOrDefault("variant", "shipped"));
        int cpsatSeconds = Integer.parseInt(options.getOrDefault("cpsat", "120"));
        int workers = Integer.parseInt(options.getOrDefault("cpsatWorkers", "2"));
        for (String scaleName : options.getOrDefault("scales", "BATTALION;BRIGADE").split(";")) {
            Scale scale = Scale.valueOf(scaleName.trim());
            int budget = Integer.parseInt(options.getOrDefault("calendar." + scale, scale == Scale.BATTALION ? "60" : "120"));
            for (long seed : PlantedCorpus.seeds(options.getOrDefault("seeds", "1;2"))) {
                Scenario scenario = options.getOrDefault("corpus", "generator").equals("planted")
                        ? PlantedCorpus.generate(scale, seed, false).scenario() : ScenarioGenerator.generate(scale, seed);
                double loadBefore = PlantedCorpus.load();
                CalendarCpSat cpsat = new CalendarCpSat(CalendarMapper.toSolution(scenario));
                Path cached = out.resolve("cpsat-calendars/" + options.getOrDefault("corpus", "generator") + "-"
                        + scale.name().toLowerCase(Locale.ROOT) + "-" + seed + "-" + cpsatSeconds + "s.txt");
                boolean reuse = options.getOrDefault("cpsatCache", "false").equals("true") && Files.exists(cached);
                CalendarCpSat.Outcome outcome = cpsatSeconds == 0
                        ? new CalendarCpSat.Outcome("not run", Long.MAX_VALUE, 0, 0, List.of(), Map.of(), 0, 0)
                        : reuse ? CalendarComparison.read(cached) : cpsat.solve(cpsatSeconds, workers);
                if (cpsatSeconds > 0 && !reuse) {
                    CalendarComparison.write(outcome, cached);
                }
                String check = "–";
                CalendarSolution reference = null;
                if (!outcome.placement().isEmpty()) {
                    reference = CalendarMapper.toSolution(scenario);
                    cpsat.apply(outcome, reference);
                    check = String.valueOf(CalendarComparison.manager().update(reference));
                }
                note.accept(String.format(Locale.ROOT, "calcpsat %s seed %d: %s, objective %d, bound %d, %d variables,"
                                + " %d constraints, %.1f s, OptaPlanner's score of it %s", scale, seed, outcome.status(),
                        outcome.objective(), outcome.bound(), outcome.variables(), outcome.constraints(), outcome.seconds(),
                        check));
                long[] atCheckpoint = new long[Benchmark.CHECKPOINTS.length];
                java.util.Arrays.fill(atCheckpoint, Long.MIN_VALUE);
                List<long[]> events = new ArrayList<>();
                SolverConfig config = CalendarBenchmarkAccess.variant(options.get("variant"), Duration.ofSeconds(budget));
                if (options.containsKey("steps")) { // a fixed number of local search steps, so that load does not decide
                    CalendarBenchmarkAccess.limitSteps(config, Long.parseLong(options.get("steps")));
                }
                Solver<CalendarSolution> solver = SolverFactory.<CalendarSolution>create(config).buildSolver();
                long[] steps = {0};
                ((DefaultSolver<CalendarSolution>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                    @Override
                    public void stepEnded(AbstractStepScope<CalendarSolution> stepScope) {
                        steps[0]++;
                    }
                });
                long start = System.nanoTime();
                solver.addEventListener(event -> {
                    HardSoftScore score = (HardSoftScore) event.getNewBestScore();
                    if (score.isSolutionInitialized()) {
                        events.add(new long[] {(System.nanoTime() - start) / 1_000_000, score.hardScore(), score.softScore()});
                    }
                });
                CalendarSolution best = solver.solve(CalendarMapper.toSolution(scenario));
                StringBuilder cells = new StringBuilder();
                for (int i = 0; i < Benchmark.CHECKPOINTS.length; i++) {
                    long[] last = null;
                    for (long[] e : events) {
                        if (e[0] <= Benchmark.CHECKPOINTS[i] * 1000L) {
                            last = e;
                        }
                    }
                    cells.append(" | ").append(Benchmark.CHECKPOINTS[i] > budget ? "–"
                            : last == null ? "none" : (last[1] == 0 ? String.valueOf(last[2]) : last[1] + "hard/" + last[2]));
                }
                HardSoftScore end = best.getScore();
                long spentMillis = (System.nanoTime() - start) / 1_000_000;
                if (reference != null) {
                    note.accept("calcpsat " + scale + " seed " + seed + " compared:\n"
                            + CalendarComparison.compare(reference, best));
                }
                double load = (loadBefore + PlantedCorpus.load()) / 2;
                String gapBest = outcome.objective() == Long.MAX_VALUE || end.hardScore() != 0 ? "–"
                        : String.format(Locale.ROOT, "%+.2f %%", 100.0 * (-end.softScore() - outcome.objective())
                        / Math.max(1, outcome.objective()));
                String gapBound = end.hardScore() != 0 ? "–" : String.format(Locale.ROOT, "%+.2f %%",
                        100.0 * (-end.softScore() - outcome.bound()) / Math.max(1, outcome.bound()));
                md.append(String.format(Locale.ROOT, "| %s | %d | %s (%.0f s, %d workers) | %s | %d | %s%s | %s | %s | %.1f |\n",
                        scale.name().toLowerCase(), seed, outcome.status(), outcome.seconds(), workers,
                        outcome.objective() == Long.MAX_VALUE ? "–" : "-" + outcome.objective(), -outcome.bound(), check,
                        cells, gapBest, gapBound, load));
                note.accept(String.format(Locale.ROOT, "calcpsat %s seed %d shipped search (%d s): %s%s, %d steps in %d ms,"
                                + " load %.2f", scale, seed, budget, end, cells,
                        steps[0],
                        spentMillis, load));
            }
        }
        String tag = options.getOrDefault("tag", "calcpsat");
        Files.writeString(out.resolve("calcpsat-" + tag + ".md"), md.toString());
        note.accept("calendar CP-SAT report: " + out.resolve("calcpsat-" + tag + ".md"));
    }
}
