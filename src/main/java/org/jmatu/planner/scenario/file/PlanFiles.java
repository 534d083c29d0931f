package org.jmatu.planner.scenario.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plan files (format jmatu-plan/1 of docs/file-formats.md). Reading checks the file itself (types, missing fields,
 * format) and, given the scenario, that every post, person, exercise, area and company it names exists there.
 * Whether the plan keeps the hard rules is the plan checker's question, not the reader's.
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static String write(Plan plan) {
        ObjectNode root = ScenarioWriter.object();
        root.put("format", plan.format() == null ? Plan.FORMAT : plan.format());
        root.put("scenario", plan.scenario());
        root.put("score", plan.score());
        ScenarioWriter.list(root, "rotation", plan.rotation(), (node, row) -> {
            node.put("post", row.post());
            node.put("period", row.period());
            node.put("person", row.person());
        });
        ScenarioWriter.list(root, "exercises", plan.exercises(), (node, row) -> {
            node.put("exercise", row.exercise());
            node.put("start", ScenarioWriter.date(row.start()));
            node.put("end", ScenarioWriter.date(row.end()));
            node.put("trainingArea", row.trainingArea());
            ScenarioWriter.texts(node, "companies", row.companies());
        });
        ScenarioWriter.list(root, "gaps", plan.gaps(), (node, gap) -> {
            node.put("post", gap.post());
            node.put("period", gap.period());
            node.put("reason", gap.reason());
        });
        // written even when empty: a plan for a scenario with language courses lists its attendees, maybe none
        ScenarioWriter.list(root, "courseSeats", plan.courseSeats(), (node, seat) -> {
            node.put("course", seat.course());
            node.put("person", seat.person());
        });
        if (!plan.causes().isEmpty()) {
            ScenarioWriter.list(root, "causes", plan.causes(), (node, cause) -> {
                node.put("rule", cause.rule());
                ScenarioWriter.putIfSet(node, "exercise", cause.exercise());
                ScenarioWriter.putIfSet(node, "post", cause.post());
                if (cause.period() != null) {
                    node.put("period", cause.period());
                }
                node.put("reason", cause.reason());
            });
        }
        return JsonText.write(root);
    }

    public static void write(Plan plan, Path file) {
        try {
            Files.writeString(file, write(plan), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads a plan on its own: the file's shape only. */
    public static ReadResult<Plan> read(String text) {
        return read(text, null);
    }

    /** Reads a plan made for {@code scenario}: also every reference into it. */
    public static ReadResult<Plan> read(String text, Scenario scenario) {
        Problems problems = new Problems();
        JsonNode root = JsonText.parse(text, JsonText.DEFAULT_LIMIT_BYTES, problems);
        if (root == null) {
            return new ReadResult.Invalid<>(problems.report());
        }
        Plan plan = fromTree(root, problems);
        if (scenario != null) {
            references(plan, scenario, problems);
        }
        return problems.isEmpty() ? new ReadResult.Valid<>(plan) : new ReadResult.Invalid<>(problems.report());
    }

    /** Reads an upload of at most 20 MB made for {@code scenario} (null: the file's shape only). */
    public static ReadResult<Plan> read(InputStream upload, Scenario scenario) {
        Problems problems = new Problems();
        String text = JsonText.readStream(upload, JsonText.DEFAULT_LIMIT_BYTES, problems);
        return text == null ? new ReadResult.Invalid<>(problems.report()) : read(text, scenario);
    }

    public static ReadResult<Plan> read(Path file, Scenario scenario) {
        Problems problems = new Problems();
        String text = JsonText.readFile(file, JsonText.DEFAULT_LIMIT_BYTES, problems);
        return text == null ? new ReadResult.Invalid<>(problems.report()) : read(text, scenario);
    }

    private static Plan fromTree(JsonNode root, Problems problems) {
        JsonFields file = JsonFields.of(root, "plan", problems);
        String format = file.text("format");
        if (format != null && !Plan.FORMAT.equals(format)) {
            file.problem("format", Message.of("file.format", Problems.quote(Plan.FORMAT), Problems.quote(format)));
        }
        return new Plan(format, file.text("scenario"), file.optionalText("score"),
                file.records("rotation", "post", true, row -> new Plan.RotationRow(row.text("post"),
                        row.integer("period"), row.nullableText("person", Message.of("file.null.unfilled")))),
                file.records("exercises", "exercise", true, row -> new Plan.ExerciseRow(row.text("exercise"),
                        row.nullableDate("start"), row.nullableDate("end"),
                        row.nullableText("trainingArea", Message.of("file.null.unscheduled")), row.requiredTexts("companies"))),
                file.records("gaps", "post", false, gap -> new Plan.Gap(gap.text("post"), gap.integer("period"),
                        gap.text("reason"))),
                // the product's own optional addition: proven causes of infeasibility (the checker ignores them)
                file.records("causes", "exercise", false, cause -> new Plan.Cause(cause.integer("rule"),
                        cause.optionalText("exercise"), cause.optionalText("post"), cause.optionalInteger("period"),
                        cause.text("reason"))),
                file.records("courseSeats", "course", false, seat -> new Plan.CourseSeat(seat.text("course"),
                        seat.text("person"))));
    }

    private static void references(Plan plan, Scenario scenario, Problems problems) {
        if (plan.scenario() != null && scenario.name() != null && !plan.scenario().equals(scenario.name())) {
            problems.add("plan", "scenario", Message.of("file.plan.other-scenario", Problems.quote(plan.scenario()),
                    Problems.quote(scenario.name())));
        }
        Set<String> posts = ids(scenario.posts(), Scenario.Post::id);
        Set<String> people = ids(scenario.personnel(), Scenario.Person::id);
        Set<String> exercises = ids(scenario.exercises(), Scenario.Exercise::id);
        Set<String> areas = ids(scenario.trainingAreas(), Scenario.TrainingArea::id);
        Set<String> companies = ids(scenario.companies(), Scenario.Company::id);
        int periods = scenario.horizon() == null ? 0 : scenario.horizon().periods();
        for (int index = 0; index < plan.rotation().size(); index++) {
            Plan.RotationRow row = plan.rotation().get(index);
            String record = Problems.label("rotation", index, row.post());
            known(problems, record, "post", row.post(), posts, "file.plan.unknown.post");
            period(problems, record, row.period(), periods);
            known(problems, record, "person", row.person(), people, "file.plan.unknown.person");
        }
        for (int index = 0; index < plan.exercises().size(); index++) {
            Plan.ExerciseRow row = plan.exercises().get(index);
            String record = Problems.label("exercises", index, row.exercise());
            known(problems, record, "exercise", row.exercise(), exercises, "file.plan.unknown.exercise");
            known(problems, record, "trainingArea", row.trainingArea(), areas, "file.plan.unknown.training-area");
            for (int company = 0; company < row.companies().size(); company++) {
                known(problems, record, "companies[" + company + "]", row.companies().get(company), companies,
                        "file.plan.unknown.company");
            }
        }
        for (int index = 0; index < plan.gaps().size(); index++) {
            Plan.Gap gap = plan.gaps().get(index);
            String record = Problems.label("gaps", index, gap.post());
            known(problems, record, "post", gap.post(), posts, "file.plan.unknown.post");
            period(problems, record, gap.period(), periods);
        }
        Set<String> courses = ids(scenario.languageCourses(), Scenario.LanguageCourse::id);
        for (int index = 0; index < plan.courseSeats().size(); index++) {
            Plan.CourseSeat seat = plan.courseSeats().get(index);
            String record = Problems.label("courseSeats", index, seat.course());
            known(problems, record, "course", seat.course(), courses, "file.plan.unknown.course");
            known(problems, record, "person", seat.person(), people, "file.plan.unknown.person");
        }
    }

    private static void period(Problems problems, String record, int period, int periods) {
        if (period < 0 || period >= periods) {
            problems.add(record, "period", Message.of("file.range", period, 0, periods - 1));
        }
    }

    /** {@code unknownKey} says the value is no record of its kind in the scenario, e.g. "file.plan.unknown.post". */
    private static void known(Problems problems, String record, String field, String value, Set<String> ids,
                              String unknownKey) {
        if (value != null && !ids.contains(value)) {
            problems.add(record, field, Message.of(unknownKey, Problems.quote(value)));
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toCollection(HashSet::new));
    }
}
