package org.jmatu.planner.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.check.Violation;
import org.jmatu.planner.planning.PlanSolver;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.scenario.file.ScenarioFiles;

/**
 * {@code solve --scenario FILE [--seconds N] --out FILE}: solves the roster and the calendar within N seconds
 * (default 60), printing each better score, writes one plan file, then checks it with the independent checker:
 * exit 0 when no hard rule is broken, 2 when one is (each printed), 1 on bad input.
 */
final class SolveCommand implements Command {

    static final long DEFAULT_SECONDS = 60;
    static final long MIN_SECONDS = 2;
    /** Progress lines at most this often, except when the score reaches a new level (feasible, all filled). */
    private static final long PRINT_EVERY_NANOS = 1_000_000_000L;

    @Override
    public String name() {
        return "solve";
    }

    @Override
    public Set<String> options() {
        return Set.of("scenario", "seconds", "out");
    }

    @Override
    public String usage() {
        return "  solve --scenario FILE [--seconds N] --out FILE\n"
                + "      solves rotation and calendar within N seconds (default " + DEFAULT_SECONDS + "), prints the"
                + " best score as it improves,\n      writes the plan file; exit 0 no hard rule broken, 2 some"
                + " broken, 1 bad input";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
        Path scenarioFile = options.path("scenario");
        Path planFile = options.path("out");
        long seconds = options.number("seconds", DEFAULT_SECONDS);
        if (seconds < MIN_SECONDS) {
            throw new Options.UsageException("option '--seconds' must be at least " + MIN_SECONDS + ", not " + seconds);
        }
        Path folder = planFile.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("solve: cannot write " + planFile + ": folder " + folder + " does not exist");
            return CommandLine.BAD_INPUT;
        }
        ReadResult<Scenario> read = ScenarioFiles.read(scenarioFile);
        if (!read.isValid()) {
            err.println(scenarioFile + " is not a valid scenario file:");
            read.report().problems().forEach(problem -> err.println("  " + problem));
            if (read.report().omitted() > 0) {
                err.println("  … and " + read.report().omitted() + " more problems");
            }
            return CommandLine.BAD_INPUT;
        }
        Scenario scenario = read.value();
        out.println("Solving '" + scenario.name() + "' for at most " + seconds + " s: " + scenario.posts().size()
                + " posts over " + scenario.horizon().periods() + " periods, " + scenario.exercises().size()
                + " exercises");
        PlanSolver.Result result = PlanSolver.solve(scenario, Duration.ofSeconds(seconds), new ProgressPrinter(out));
        out.println("Rotation " + result.rotationScore() + ", calendar " + result.calendarScore() + ": combined "
                + result.plan().score());
        // what no solve can repair, analysed before solving: one line per cause, naming the data to change
        result.causes().forEach(cause -> out.println(cause.line()));
        try {
            PlanFiles.write(result.plan(), planFile);
        } catch (UncheckedIOException e) {
            err.println("solve: cannot write " + planFile + ": " + e.getCause());
            return CommandLine.BAD_INPUT;
        }
        long filled = result.plan().rotation().stream().filter(row -> row.person() != null).count();
        out.println("Wrote " + planFile + ": " + filled + " of " + result.plan().rotation().size() + " slots filled, "
                + result.plan().gaps().size() + " gaps, " + result.plan().exercises().size() + " exercises");

        List<Violation> violations = PlanChecker.check(scenario, result.plan());
        if (violations.isEmpty()) {
            out.println("No hard rule is broken: " + planFile + " is a feasible plan for '" + scenario.name() + "'.");
            return CommandLine.OK;
        }
        violations.forEach(out::println);
        long rules = violations.stream().map(Violation::rule).distinct().count();
        out.println(violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + " of " + rules
                + " rule" + (rules == 1 ? "" : "s") + ": " + planFile + " is not a feasible plan.");
        return CommandLine.RULES_BROKEN;
    }

    /** Prints "rotation   3.2 s  0hard/-4medium/-2210soft" lines, at most one a second per level reached. */
    private static final class ProgressPrinter implements SolveProgress<Object> {

        /** A best score worth a line, and when (since the solve began) it was found. */
        private record Best(String part, long atNanos, String score) {
        }

        private final PrintStream out;
        private final long began = System.nanoTime();
        private String part;
        private String level;
        private long lastPrint;
        private Best pending;

        ProgressPrinter(PrintStream out) {
            this.out = out;
        }

        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public void improved(String newPart, Object plan, String score) {
            long now = System.nanoTime();
            Best best = new Best(newPart, now, score);
            String newLevel = level(score);
            boolean news = !newPart.equals(part) || !newLevel.equals(level);
            if (!news && now - lastPrint < PRINT_EVERY_NANOS) {
                pending = best;
                return;
            }
            if (!newPart.equals(part) && pending != null) {
                print(pending); // the previous part's last best score
            }
            print(best);
            part = newPart;
            level = newLevel;
            lastPrint = now;
            pending = null;
        }

        private void print(Best best) {
            out.println(String.format(Locale.ROOT, "  %-9s %6.1f s  %s", best.part(),
                    (best.atNanos() - began) / 1e9, best.score()));
        }

        /** The part of the score before its soft level: a change there is always worth a line. */
        private static String level(String score) {
            int soft = score.lastIndexOf('/');
            return soft < 0 ? score : score.substring(0, soft);
        }
    }
}
