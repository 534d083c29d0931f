package org.jmatu.planner.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.check.Violation;
import org.jmatu.planner.planning.PlanSolver;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;

/**
 * The English-course benchmark of issue 19: a generated unit in which the Kazakh counterpart posts (the sections'
 * deputy chiefs, "-DEP", sourced from KAZ only) need English 3 while no Kazakh officer who could hold them has
 * it, and two 2 → 3 courses are on offer. Each scale is solved twice with the same budget, with the courses and
 * without them, and reports the unfilled slots of each, the seats taken and what the independent plan checker says.
 *
 * <p>Options (in {@code -Dbenchmark.args}, with {@code only=courses}): {@code courses.scales=BATTALION;BRIGADE},
 * {@code courses.seed=1}, {@code courses.BATTALION=60}, {@code courses.BRIGADE=120} (seconds per solve), {@code tag}.
 */
final class CourseBenchmark {

    /** The level the counterpart posts need, and the one their Kazakh candidates have. */
    static final int NEEDED = 3;

    record Result(Scale scale, boolean courses, int slots, int unfilled, int seats, String score, int broken,
                  double load) {
    }

    private CourseBenchmark() {
    }

    static void run(Map<String, String> options, Path out, Consumer<String> note) throws IOException {
        long seed = Long.parseLong(options.getOrDefault("courses.seed", "1"));
        List<Result> results = new ArrayList<>();
        StringBuilder scenarios = new StringBuilder();
        for (String scaleName : options.getOrDefault("courses.scales", "BATTALION;BRIGADE").split(";")) {
            Scale scale = Scale.valueOf(scaleName.trim());
            int budget = Integer.parseInt(options.getOrDefault("courses." + scale,
                    scale == Scale.BATTALION ? "60" : "120"));
            Scenario withCourses = scenario(ScenarioGenerator.generate(scale, seed));
            scenarios.append(String.format(Locale.ROOT, "- %s seed %d: %d counterpart posts need English %d; %d Kazakh"
                            + " officers capped at English 2; courses %s%n", scale, seed, counterparts(withCourses).size(),
                    NEEDED, learners(withCourses).size(), withCourses.languageCourses().stream()
                            .map(course -> course.id() + " (" + course.start() + " – " + course.end() + ", "
                                    + course.seats() + " seats)").collect(Collectors.joining(", "))));
            for (boolean courses : List.of(false, true)) {
                Scenario scenario = courses ? withCourses : withCourses.withLanguageCourses(List.of());
                Result result = solve(scale, scenario, courses, budget);
                results.add(result);
                note.accept(String.format(Locale.ROOT, "courses %s %s: %d of %d slots unfilled, %d seats, %s,"
                                + " %d broken rules, load %.2f", scale, courses ? "with courses" : "without courses",
                        result.unfilled(), result.slots(), result.seats(), result.score(), result.broken(),
                        result.load()));
            }
        }
        String tag = options.getOrDefault("tag", "courses");
        Files.writeString(out.resolve("courses-" + tag + ".md"), report(results, scenarios.toString()));
        note.accept("course benchmark report: " + out.resolve("courses-" + tag + ".md"));
    }

    private static Result solve(Scale scale, Scenario scenario, boolean courses, int budget) {
        double loadBefore = PlantedCorpus.load();
        PlanSolver.Result solved = PlanSolver.solve(scenario, Duration.ofSeconds(budget), SolveProgress.unwatched());
        List<Violation> broken = PlanChecker.check(scenario, solved.plan());
        return new Result(scale, courses, solved.plan().rotation().size(), solved.plan().gaps().size(),
                solved.plan().courseSeats().size(), solved.rotationScore(), broken.size(),
                (loadBefore + PlantedCorpus.load()) / 2);
    }

    /**
     * The generated unit with the counterpart posts needing English 3, their Kazakh candidates (officers of the
     * posts' ranks and skills) at English 2, and two 2 → 3 courses for Kazakh officers: one ending before the second
     * period, one a year later for their reliefs.
     */
    static Scenario scenario(Scenario generated) {
        List<Scenario.Post> posts = generated.posts().stream().map(post -> isCounterpart(post)
                ? new Scenario.Post(post.id(), post.title(), post.section(), post.rankMin(), post.rankMax(),
                post.skills(), NEEDED, post.sourcing(), post.activeFrom(), post.activeTo(), post.requiresStandard())
                : post).toList();
        Set<String> counterpartSkills = posts.stream().filter(CourseBenchmark::isCounterpart)
                .flatMap(post -> post.skills().stream()).collect(Collectors.toSet());
        List<Scenario.Person> people = generated.personnel().stream().map(person -> person.nation().equals("KAZ")
                && person.english() >= NEEDED && person.skills().stream().anyMatch(counterpartSkills::contains)
                ? new Scenario.Person(person.id(), person.name(), person.nation(), person.rank(), person.skills(),
                NEEDED - 1, person.availableFrom(), person.availableTo())
                : person).toList();
        int seats = (int) posts.stream().filter(CourseBenchmark::isCounterpart).count() + 2;
        var start = generated.horizon().start();
        Scenario changed = new Scenario(generated.format(), generated.name() + " with English courses",
                generated.horizon(), generated.nations(), posts, people, generated.equipmentTypes(),
                generated.companies(), generated.trainingAreas(), generated.exercises(), generated.blackouts(),
                generated.pinned());
        return changed.withLanguageCourses(List.of(
                new Scenario.LanguageCourse("ENG-Y1", "English 2 to 3, first year", start.plusDays(10),
                        start.plusDays(10).plusWeeks(20), seats, NEEDED - 1, NEEDED, List.of("KAZ")),
                new Scenario.LanguageCourse("ENG-Y2", "English 2 to 3, second year", start.plusMonths(12),
                        start.plusMonths(12).plusWeeks(20), seats, NEEDED - 1, NEEDED, List.of("KAZ"))));
    }

    private static boolean isCounterpart(Scenario.Post post) {
        return post.id().endsWith("-DEP") && post.sourcing().nations().equals(List.of("KAZ"));
    }

    private static List<Scenario.Post> counterparts(Scenario scenario) {
        return scenario.posts().stream().filter(CourseBenchmark::isCounterpart).toList();
    }

    private static List<Scenario.Person> learners(Scenario scenario) {
        Set<String> skills = counterparts(scenario).stream().flatMap(post -> post.skills().stream())
                .collect(Collectors.toSet());
        return scenario.personnel().stream().filter(person -> person.nation().equals("KAZ")
                && person.english() == NEEDED - 1 && person.skills().stream().anyMatch(skills::contains)).toList();
    }

    private static String report(List<Result> results, String scenarios) {
        StringBuilder md = new StringBuilder("# English-course benchmark\n\n").append(scenarios).append('\n')
                .append("| scale | course planning | slots | unfilled | seats taken | roster score | broken rules"
                        + " (plan checker) | load average |\n|---|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %d | %.1f |%n", result.scale(),
                    result.courses() ? "with" : "without", result.slots(), result.unfilled(), result.seats(),
                    result.score(), result.broken(), result.load()));
        }
        return md.toString();
    }
}
