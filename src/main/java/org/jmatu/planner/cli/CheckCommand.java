package org.jmatu.planner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.check.Violation;
import org.jmatu.planner.planning.PlanSolver;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.scenario.file.ScenarioFiles;

/**
 * {@code check --scenario FILE --plan FILE}: prints each broken hard rule; exit 0 when none is broken, 2 when
 * some are, 1 when either file is bad (with the report of both, so one run finds every problem).
 */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public Set<String> options() {
        return Set.of("scenario", "plan");
    }

    @Override
    public String usage() {
        return "  check --scenario FILE --plan FILE\n"
                + "      checks the plan against hard rules 1-18; exit 0 none broken, 2 some broken, 1 bad input";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
        Path scenarioFile = options.path("scenario");
        Path planFile = options.path("plan");
        ReadResult<Scenario> scenario = ScenarioFiles.read(scenarioFile);
        // Without a valid scenario the plan is still read on its own, so its own problems show in the same run.
        ReadResult<Plan> plan = PlanFiles.read(planFile, scenario.isValid() ? scenario.value() : null);
        if (!scenario.isValid() || !plan.isValid()) {
            report(err, scenarioFile, "scenario", scenario);
            report(err, planFile, "plan", plan);
            return CommandLine.BAD_INPUT;
        }
        List<Violation> violations = PlanChecker.check(scenario.value(), plan.value());
        violations.forEach(out::println);
        if (violations.isEmpty()) {
            out.println("No hard rule is broken: " + planFile + " is a feasible plan for '" + scenario.value().name() + "'.");
            return CommandLine.OK;
        }
        long rules = violations.stream().map(Violation::rule).distinct().count();
        out.println(violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + " of " + rules
                + " rule" + (rules == 1 ? "" : "s") + ": " + planFile + " is not a feasible plan.");
        // where the data itself leaves no feasible plan, say why (the plan file's own "causes" are not trusted)
        PlanSolver.provenCauses(scenario.value()).forEach(cause -> out.println(cause.line()));
        return CommandLine.RULES_BROKEN;
    }

    private static void report(PrintStream err, Path file, String kind, ReadResult<?> read) {
        if (!read.isValid()) {
            err.println(file + " is not a valid " + kind + " file:");
            read.report().problems().forEach(problem -> err.println("  " + problem));
            if (read.report().omitted() > 0) {
                err.println("  … and " + read.report().omitted() + " more problems");
            }
        }
    }
}
