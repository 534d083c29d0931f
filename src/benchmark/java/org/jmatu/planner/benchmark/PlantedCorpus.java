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
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.RotationBenchmarkAccess;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.PlantedScenarios;
import org.jmatu.planner.scenario.generator.Scale;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The planted-solution corpus of issue 13: scenarios built around a known feasible roster and calendar
 * ({@link PlantedScenarios}, in the test sources so that tests can use the same instances), solved with the shipped
 * configuration and one thread. Reports, per scale, the share of instances at 0 hard (calendar) and at 0 hard and
 * 0 unfilled (roster; the planted roster fills every slot) by 10, 30, 60 and 120 s. A run stops as soon as it
 * reaches that state, so a corpus that is solved fast is measured fast.
 *
 * <p>Options (in {@code -Dbenchmark.args}, with {@code only=planted}): {@code planted.scales=BATTALION;BRIGADE},
 * {@code planted.seeds=1-20} (a range or a {@code ;} list), {@code planted.problems=calendar;rotation},
 * {@code planted.BATTALION=120}, {@code planted.BRIGADE=120} (seconds per run), {@code variant} (the calendar's, see
 * {@code CalendarBenchmarkAccess.variant}), {@code rotationVariant} ({@code shipped} or {@code nofill}, see
 * {@code RotationBenchmarkAccess.variant}), {@code tag}.
 */
public final class PlantedCorpus {

    /** One solve of one instance: when it first reached the target state, or -1. */
    record Result(String problem, Scale scale, long seed, long reachedMillis, String finalScore, double load) {
    }

    private PlantedCorpus() {
    }

    /** A corpus instance: feasible ones are built around a planted plan, the others have no calendar (see the cause). */
    public static PlantedScenarios.Planted generate(Scale scale, long seed, boolean infeasible) {
        return PlantedScenarios.generate(scale, seed, infeasible);
    }

    static void run(Map<String, String> options, Path out, Consumer<String> note) throws IOException {
        List<Long> seeds = seeds(options.getOrDefault("planted.seeds", "1-20"));
        List<String> problems = List.of(options.getOrDefault("planted.problems", "calendar;rotation").split(";"));
        List<Result> results = new ArrayList<>();
        for (String scaleName : options.getOrDefault("planted.scales", "BATTALION;BRIGADE").split(";")) {
            Scale scale = Scale.valueOf(scaleName.trim());
            int budget = Integer.parseInt(options.getOrDefault("planted." + scale, "120"));
            for (long seed : seeds) {
                PlantedScenarios.Planted planted = generate(scale, seed, false);
                for (String problem : problems) {
                    Result result = problem.trim().equals("rotation")
                            ? rotation(planted.scenario(), scale, seed, budget, options.get("rotationVariant"))
                            : calendar(planted.scenario(), scale, seed, budget, options.get("variant"));
                    results.add(result);
                    note.accept(String.format(Locale.ROOT, "planted %s %s seed %d: %s, final %s, load %.2f",
                            result.problem(), scale, seed, result.reachedMillis() < 0 ? "not reached"
                                    : "reached after " + result.reachedMillis() + " ms", result.finalScore(), result.load()));
                }
            }
        }
        String tag = options.getOrDefault("tag", "planted");
        Files.writeString(out.resolve("planted-" + tag + ".md"), report(results));
        note.accept("planted corpus report: " + out.resolve("planted-" + tag + ".md"));
    }

    static String report(List<Result> results) {
        StringBuilder md = new StringBuilder("| problem | scale | instances | target | by 10 s | by 30 s | by 60 s | by 120 s"
                + " | load average (1 min) during the runs |\n|---|---|---|---|---|---|---|---|---|\n");
        for (String problem : List.of("calendar", "rotation")) {
            for (Scale scale : Scale.values()) {
                List<Result> mine = results.stream().filter(r -> r.problem().equals(problem) && r.scale() == scale).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                md.append("| ").append(problem).append(" | ").append(scale.name().toLowerCase()).append(" | ")
                        .append(mine.size()).append(" | ").append(problem.equals("calendar") ? "0 hard" : "0 hard, 0 unfilled");
                for (int checkpoint : Benchmark.CHECKPOINTS) {
                    long reached = mine.stream().filter(r -> r.reachedMillis() >= 0 && r.reachedMillis() <= checkpoint * 1000L)
                            .count();
                    md.append(String.format(Locale.ROOT, " | %.0f %% (%d)", 100.0 * reached / mine.size(), reached));
                }
                md.append(String.format(Locale.ROOT, " | %.1f–%.1f |\n", mine.stream().mapToDouble(Result::load).min().orElse(0),
                        mine.stream().mapToDouble(Result::load).max().orElse(0)));
            }
        }
        md.append("\nNot reached (seed: final score): ");
        results.stream().filter(r -> r.reachedMillis() < 0).forEach(r -> md.append(r.problem()).append(' ')
                .append(r.scale().name().toLowerCase()).append(' ').append(r.seed()).append(": ").append(r.finalScore())
                .append("; "));
        return md.append('\n').toString();
    }

    private static Result calendar(Scenario scenario, Scale scale, long seed, int budget, String variant) {
        SolverConfig config = CalendarBenchmarkAccess.variant(variant, Duration.ofSeconds(budget));
        config.getTerminationConfig().setBestScoreFeasible(true);
        CalendarSolution problem = CalendarMapper.toSolution(scenario);
        return solve("calendar", scale, seed, config, problem, 1);
    }

    private static Result rotation(Scenario scenario, Scale scale, long seed, int budget, String variant) {
        SolverConfig config = RotationBenchmarkAccess.variant(variant, Duration.ofSeconds(budget));
        config.getTerminationConfig().setBestScoreLimit("0hard/0medium/" + Integer.MIN_VALUE + "soft");
        RotationSolution problem = RotationMapper.toSolution(scenario);
        return solve("rotation", scale, seed, config, problem, 2);
    }

    private static <S> Result solve(String problem, Scale scale, long seed, SolverConfig config, S planning, int levels) {
        double loadBefore = load();
        Solver<S> solver = SolverFactory.<S>create(config).buildSolver();
        long start = System.nanoTime();
        long[] reached = {-1};
        solver.addEventListener(event -> {
            Score<?> score = event.getNewBestScore();
            Number[] n = score.toLevelNumbers();
            boolean ok = score.isSolutionInitialized() && n[0].longValue() == 0 && (levels < 2 || n[1].longValue() == 0);
            if (ok && reached[0] < 0) {
                reached[0] = (System.nanoTime() - start) / 1_000_000;
            }
        });
        S best = solver.solve(planning);
        String score = String.valueOf(((org.optaplanner.core.impl.solver.DefaultSolver<S>) solver).getSolverScope().getBestScore());
        if (reached[0] < 0) {
            Number[] n = ((org.optaplanner.core.impl.solver.DefaultSolver<S>) solver).getSolverScope().getBestScore()
                    .toLevelNumbers();
            if (n[0].longValue() == 0 && (levels < 2 || n[1].longValue() == 0) && best != null) {
                reached[0] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        return new Result(problem, scale, seed, reached[0], score, (loadBefore + load()) / 2);
    }

    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static List<Long> seeds(String spec) {
        List<Long> seeds = new ArrayList<>();
        for (String part : spec.split(";")) {
            if (part.contains("-")) {
                long from = Long.parseLong(part.substring(0, part.indexOf('-')).trim());
                long to = Long.parseLong(part.substring(part.indexOf('-') + 1).trim());
                for (long seed = from; seed <= to; seed++) {
                    seeds.add(seed);
                }
            } else if (!part.isBlank()) {
                seeds.add(Long.parseLong(part.trim()));
            }
        }
        return seeds;
    }
}
