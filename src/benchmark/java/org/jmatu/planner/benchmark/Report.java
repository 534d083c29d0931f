package org.jmatu.planner.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jmatu.planner.scenario.generator.Scale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes the benchmark's tables (target/benchmark/results.md) and charts (docs/images/benchmark-*.png). */
final class Report {

    private Report() {
    }

    static void write(Benchmark benchmark, Path out, String tag, Path images) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| problem | scale | seed | configuration | entities | first feasible | best at 10 s | best at 30 s"
                + " | best at 60 s | best at 120 s | final (budget) | score calc speed | peak heap |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Benchmark.Run run : benchmark.runs()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %d | %s | %s | %s | %s | %s | %s (%d s) | %,.0f/s | %d MiB |\n",
                    run.problem(), run.scale().name().toLowerCase(Locale.ROOT), run.seed(), run.config().label,
                    run.entities(), run.firstFeasibleMillis() < 0 ? "not reached"
                            : String.format(Locale.ROOT, "%.1f s", run.firstFeasibleMillis() / 1000.0),
                    at(run, 10), at(run, 30), at(run, 60), at(run, 120), run.finalScore(), run.budget(),
                    run.scoreCalcSpeed(), run.peakHeapMb()));
        }
        if (benchmark.cpsatLines().isEmpty()) {
            md.append("\n(no CP-SAT reference in this run)\n");
        }
        md.append("\nIndependent scores (RotationScorer over the plan files) of the battalion rotation,"
                + " OptaPlanner against CP-SAT at equal time; each gap is (OptaPlanner − reference) / |reference|,"
                + " to CP-SAT's best solution, then to its bound:\n\n");
        List<Benchmark.Config> searches = List.of(Benchmark.Config.LS1, Benchmark.Config.LS2, Benchmark.Config.PLAIN);
        md.append("| seed | time |");
        searches.forEach(config -> md.append(" ").append(config.label).append(" | gap to best | gap to bound |"));
        md.append(" CP-SAT best solution | CP-SAT soft bound |\n|---|---|");
        searches.forEach(config -> md.append("---|---|---|"));
        md.append("---|---|\n");
        for (String line : benchmark.cpsatLines()) {
            String[] f = line.split("\\|");
            long seed = Long.parseLong(f[0]);
            int checkpoint = Integer.parseInt(f[1]);
            String cp = f[2];
            long cpSoft = Long.parseLong(cp.substring(cp.indexOf("medium/") + 7, cp.indexOf("soft")));
            md.append(String.format(Locale.ROOT, "| %d | %d s |", seed, checkpoint));
            for (Benchmark.Config config : searches) {
                RotationScorer.Result result = independent(benchmark, seed, config, checkpoint);
                md.append(String.format(Locale.ROOT, " %s | %s | %s |", result == null ? "–" : result,
                        result == null ? "–" : gap(result.soft(), cpSoft),
                        result == null || !f[4].matches("-?\\d+") ? "–" : gap(result.soft(), Long.parseLong(f[4]))));
            }
            md.append(String.format(Locale.ROOT, " %s | %s |\n", cp, f[4]));
        }
        md.append("\nSoft breakdown of the final plans (independent scorer): fair share / staff share / hand-overs /"
                + " tour continuity\n\n");
        for (Benchmark.Run run : benchmark.runs()) {
            RotationScorer.Result r = run.independentFinal();
            if (r != null) {
                md.append(String.format(Locale.ROOT, "- %s seed %d %s: %s (solver said %s): %d / %d / %d / %d\n",
                        run.scale(), run.seed(), run.config(), r, run.finalScore(), r.fairShare(), r.staffShare(),
                        r.handOvers(), r.tourContinuity()));
            }
        }
        md.append("\n```\n").append(benchmark.log()).append("```\n");
        Files.writeString(out.resolve("results-" + tag + ".md"), md.toString());
        System.out.println(md);
        charts(benchmark, images);
    }

    private static String gap(long soft, long reference) {
        if (reference == 0) {
            return soft == 0 ? "0 %" : "n/a";
        }
        return String.format(Locale.ROOT, "%+.2f %%", 100.0 * (reference - soft) / Math.abs(reference));
    }

    private static RotationScorer.Result independent(Benchmark benchmark, long seed, Benchmark.Config config, int checkpoint) {
        return benchmark.runs().stream()
                .filter(run -> run.problem().equals("rotation") && run.scale() == Scale.BATTALION && run.seed() == seed
                        && run.config() == config)
                .map(run -> run.independent().get(checkpoint)).filter(r -> r != null).findFirst().orElse(null);
    }

    private static String at(Benchmark.Run run, int seconds) {
        if (seconds > run.budget()) {
            return "–";
        }
        Benchmark.Point point = run.bestAt(seconds);
        return point == null ? "none yet" : point.score();
    }

    private static void charts(Benchmark benchmark, Path images) throws IOException {
        Files.createDirectories(images);
        for (String problem : List.of("rotation", "calendar")) {
            for (Scale scale : Scale.values()) {
                List<Benchmark.Run> runs = benchmark.runs().stream()
                        .filter(run -> run.problem().equals(problem) && run.scale() == scale).toList();
                if (runs.isEmpty()) {
                    continue;
                }
                String name = scale.name().toLowerCase(Locale.ROOT);
                XYChart chart = new XYChartBuilder().width(1000).height(560)
                        .title(problem + " " + name + ": best soft score of feasible solutions over time")
                        .xAxisTitle("seconds").yAxisTitle("soft score").build();
                chart.getStyler().setMarkerSize(5);
                chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
                for (Benchmark.Run run : runs) {
                    List<Double> xs = new ArrayList<>();
                    List<Double> ys = new ArrayList<>();
                    long medium = 0;
                    for (Benchmark.Point point : run.points()) {
                        if (point.initialized() && point.hard() == 0) {
                            xs.add(point.millis() / 1000.0);
                            ys.add((double) point.soft());
                            medium = point.medium();
                        }
                    }
                    if (xs.isEmpty()) {
                        continue;
                    }
                    xs.add(run.budget() * 1.0);
                    ys.add(ys.getLast());
                    XYSeries series = chart.addSeries(run.config().label + ", seed " + run.seed()
                            + (medium != 0 ? " (" + medium + " medium)" : ""), xs, ys);
                    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
                    series.setMarker(run.config() == Benchmark.Config.CH ? SeriesMarkers.DIAMOND : SeriesMarkers.NONE);
                }
                if (problem.equals("rotation") && scale == Scale.BATTALION) {
                    benchmark.cpsatTraces().forEach((label, trace) -> {
                        List<Double> xs = new ArrayList<>();
                        List<Double> ys = new ArrayList<>();
                        for (double[] t : trace) {
                            if (t[2] == 0 || trace.getLast()[2] == t[2]) {
                                xs.add(t[0]);
                                ys.add(t[1]);
                            }
                        }
                        if (!xs.isEmpty()) {
                            XYSeries series = chart.addSeries(label, xs, ys);
                            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
                            series.setMarker(SeriesMarkers.CIRCLE);
                        }
                    });
                }
                BitmapEncoder.saveBitmap(chart, images.resolve("benchmark-" + problem + "-" + name).toString(),
                        BitmapEncoder.BitmapFormat.PNG);
            }
        }
    }
}
