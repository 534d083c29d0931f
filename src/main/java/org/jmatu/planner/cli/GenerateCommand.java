package org.jmatu.planner.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;

/** {@code generate --scale battalion|brigade [--seed N] --out FILE}: writes a generated scenario file. */
final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public Set<String> options() {
        return Set.of("scale", "seed", "out");
    }

    @Override
    public String usage() {
        return "  generate --scale battalion|brigade [--seed N] --out FILE\n"
                + "      writes a generated scenario file (--out - for standard output); the same seed gives the same\n"
                + "      file (default seed " + ScenarioGenerator.DEFAULT_SEED + ")";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
        Scale scale = scale(options.required("scale"));
        long seed = options.number("seed", ScenarioGenerator.DEFAULT_SEED);
        if ("-".equals(options.required("out"))) {
            // The file goes to standard output for a pipe; the summary to standard error, out of its way.
            Scenario scenario = ScenarioGenerator.generate(scale, seed);
            out.print(ScenarioFiles.write(scenario));
            err.println(summary(scenario, seed, "standard output"));
            return CommandLine.OK;
        }
        Path file = options.path("out");
        Scenario scenario = ScenarioGenerator.generate(scale, seed);
        try {
            ScenarioFiles.write(scenario, file);
        } catch (UncheckedIOException e) {
            err.println("generate: cannot write " + file + ": " + e.getCause());
            return CommandLine.BAD_INPUT;
        }
        out.println(summary(scenario, seed, file.toString()));
        return CommandLine.OK;
    }

    private static String summary(Scenario scenario, long seed, String target) {
        return String.format("Wrote scenario '%s' (seed %d) to %s: %d nations, %d posts, %d personnel, %d companies, "
                        + "%d exercises", scenario.name(), seed, target, scenario.nations().size(),
                scenario.posts().size(), scenario.personnel().size(), scenario.companies().size(),
                scenario.exercises().size());
    }

    private static Scale scale(String value) throws Options.UsageException {
        try {
            return Scale.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException("--scale must be battalion or brigade, not '" + value + "'");
        }
    }
}
