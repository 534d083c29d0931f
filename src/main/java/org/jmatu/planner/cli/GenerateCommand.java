package org.jmatu.planner.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jmatu.planner.scenario.Scale;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.ScenarioFiles;
import org.jmatu.planner.scenario.ScenarioGenerator;

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
                + "      writes a generated scenario file; the same seed gives the same file (default seed "
                + ScenarioGenerator.DEFAULT_SEED + ")";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
        Scale scale = scale(options.required("scale"));
        long seed = options.number("seed", ScenarioGenerator.DEFAULT_SEED);
        Path file = options.path("out");
        Scenario scenario = ScenarioGenerator.generate(scale, seed);
        try {
            ScenarioFiles.write(scenario, file);
        } catch (UncheckedIOException e) {
            err.println("generate: cannot write " + file + ": " + e.getCause());
            return CommandLine.BAD_INPUT;
        }
        out.printf("Wrote scenario '%s' (seed %d) to %s: %d nations, %d posts, %d personnel, %d companies, "
                        + "%d exercises%n", scenario.name(), seed, file, scenario.nations().size(),
                scenario.posts().size(), scenario.personnel().size(), scenario.companies().size(),
                scenario.exercises().size());
        return CommandLine.OK;
    }

    private static Scale scale(String value) throws Options.UsageException {
        try {
            return Scale.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException("--scale must be battalion or brigade, not '" + value + "'");
        }
    }
}
