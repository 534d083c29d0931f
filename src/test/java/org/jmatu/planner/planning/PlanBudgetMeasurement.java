package org.jmatu.planner.planning;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.solver.CalendarSolveRequest;
import org.jmatu.planner.planning.calendar.solver.CalendarStandaloneSolver;
import org.jmatu.planner.planning.calendar.versions.RosterMaintainers;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.solver.RotationSolveRequest;
import org.jmatu.planner.planning.rotation.solver.RotationStandaloneSolver;
import org.jmatu.planner.planning.support.SolveLimits;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;

/**
 * Not a test: measures how long each part of a whole-plan solve needs on the demo battalion and brigade, to choose
 * how PlanSolver shares a budget (docs/benchmarks.md). Each part gets {@code args[0]} seconds (default 60) and stops
 * after {@code args[1]} seconds without improvement (default 15); printed per part: when it first reached 0 hard,
 * when its last hard or medium improvement came, when its last improvement came, and its final score.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.jmatu.planner.planning.PlanBudgetMeasurement 60 15 42 7}
 */
public final class PlanBudgetMeasurement {

    private PlanBudgetMeasurement() {
    }

    /** Watches one part: when it first reached 0 hard, its last improvement of hard or medium, its last one. */
    static final class Watch<P> implements SolveProgress<P> {
        final long start = System.nanoTime();
        double firstFeasible = -1;
        double lastHardOrMedium;
        double last;
        String score = "";
        private String hardMedium = "";

        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public void improved(String part, P best, String newScore) {
            double at = (System.nanoTime() - start) / 1e9;
            if (newScore.equals(score)) {
                return;
            }
            if (firstFeasible < 0 && newScore.startsWith("0hard")) {
                firstFeasible = at;
            }
            String levels = newScore.substring(0, newScore.lastIndexOf('/'));
            if (!levels.equals(hardMedium)) {
                hardMedium = levels;
                lastHardOrMedium = at;
            }
            last = at;
            score = newScore;
        }

        String line(String part) {
            return String.format(Locale.ROOT, "%-8s first 0hard %6.1f s, last hard/medium gain %6.1f s, last gain %6.1f s, %s",
                    part, firstFeasible, lastHardOrMedium, last, score);
        }
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        long unimproved = args.length > 1 ? Long.parseLong(args[1]) : 15;
        List<Long> seeds = args.length > 2 ? java.util.Arrays.stream(args).skip(2).map(Long::parseLong).toList()
                : List.of(ScenarioGenerator.DEFAULT_SEED);
        for (Scale scale : Scale.values()) {
            for (long seed : seeds) {
                Scenario scenario = ScenarioGenerator.generate(scale, seed);
                Watch<RotationPlan> rotation = new Watch<>();
                RotationPlan roster = RotationStandaloneSolver.solve(new RotationSolveRequest(scenario, List.of(),
                        Set.of(), List.of(), null, new SolveLimits(Duration.ofSeconds(seconds),
                        Duration.ofSeconds(unimproved))), rotation);
                Watch<CalendarPlan> calendar = new Watch<>();
                CalendarStandaloneSolver.solve(new CalendarSolveRequest(scenario,
                        RosterMaintainers.coverage(scenario, roster.rotation()), List.of(), ConferenceSchedule.DEFAULT,
                        new SolveLimits(Duration.ofSeconds(seconds), Duration.ofSeconds(unimproved))), calendar);
                System.out.println(scale + " seed " + seed + " (" + scenario.posts().size() + " posts, "
                        + scenario.exercises().size() + " exercises)");
                System.out.println("  " + rotation.line("rotation"));
                System.out.println("  " + calendar.line("calendar"));
                System.out.flush();
            }
        }
    }
}
