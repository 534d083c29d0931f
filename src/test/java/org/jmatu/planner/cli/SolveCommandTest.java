package org.jmatu.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.planning.calendar.proof.ProofScenario;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve} called as Application.main would: bad input, a feasible solve, and a pin that breaks a rule. */
class SolveCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void solvesTheBattalionIntoAFeasiblePlanFile() {
        Path scenarioFile = dir.resolve("battalion.json");
        Path planFile = dir.resolve("plan.json");
        Scenario scenario = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);
        ScenarioFiles.write(scenario, scenarioFile);

        int code = run("solve", "--scenario", scenarioFile.toString(), "--seconds", "15", "--out", planFile.toString());

        assertThat(err()).isEmpty();
        assertThat(out()).startsWith("Solving 'Battalion 2027-2029' for at most 15 s: ")
                .contains("  rotation ", "  calendar ", "Wrote " + planFile + ": ")
                .contains("No hard rule is broken: " + planFile + " is a feasible plan for 'Battalion 2027-2029'.");
        assertThat(code).isEqualTo(0);
        Plan plan = PlanFiles.read(planFile, scenario).value();
        assertThat(plan.score()).matches("0hard/-?\\d+medium/-?\\d+soft");
        assertThat(plan.exercises()).hasSize(scenario.exercises().size());
        assertThat(PlanChecker.check(scenario, plan)).isEmpty();
        // The checker run by "check" agrees.
        out.reset();
        assertThat(run("check", "--scenario", scenarioFile.toString(), "--plan", planFile.toString())).isEqualTo(0);
    }

    /**
     * Issue 19's example: two Kazakh-only posts need English 3 in the second and third periods, three Kazakh nominees have
     * English 2, and a 2 → 3 course with two seats ends before it. The solve sends two of them; the checker agrees,
     * and finds rules 17 and 18 broken in plans altered by hand.
     */
    @Test
    void sendsTwoKazakhOfficersOnTheCourseThatQualifiesThemForTheirPosts() throws IOException {
        List<Scenario.Post> posts = new ArrayList<>();
        for (String id : List.of("KAZ-EN-1", "KAZ-EN-2")) {
            posts.add(new Scenario.Post(id, "English-speaking counterpart", "J5 Plans", "OF-3", "OF-3",
                    List.of("COUNTERPART"), 3, new Scenario.Sourcing("FIXED", List.of("KAZ"), null, null), 1, 2, null));
        }
        List<Scenario.Person> people = new ArrayList<>();
        for (String id : List.of("KAZ-L1", "KAZ-L2", "KAZ-L3")) {
            people.add(new Scenario.Person(id, "Learner " + id, "KAZ", "OF-3", List.of("COUNTERPART"), 2,
                    LocalDate.of(2026, 1, 1), LocalDate.of(2031, 12, 31)));
        }
        Scenario scenario = new Scenario(Scenario.FORMAT, "Courses", new Scenario.Horizon(LocalDate.of(2027, 1, 1), 6,
                4, 14), List.of(new Scenario.Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 4, 1.0)), posts,
                people, List.of(), List.of(), List.of(), List.of(), List.of(), Scenario.Pinned.none(), List.of(
                        new Scenario.LanguageCourse("ENG-A", "English 2 to 3", LocalDate.of(2027, 1, 11),
                                LocalDate.of(2027, 5, 28), 2, 2, 3, List.of("KAZ")),
                        new Scenario.LanguageCourse("ENG-B", "English 3 to 4", LocalDate.of(2027, 9, 6),
                                LocalDate.of(2027, 10, 29), 1, 3, 4, List.of("KAZ"))));
        Path scenarioFile = dir.resolve("courses.json");
        Path planFile = dir.resolve("plan.json");
        ScenarioFiles.write(scenario, scenarioFile);

        int code = run("solve", "--scenario", scenarioFile.toString(), "--seconds", "10", "--out", planFile.toString());

        assertThat(err()).isEmpty();
        assertThat(code).isEqualTo(0);
        Plan plan = PlanFiles.read(planFile, scenario).value();
        assertThat(plan.rotation()).filteredOn(row -> row.post().startsWith("KAZ-EN-")).hasSize(4)
                .allSatisfy(row -> assertThat(row.person()).startsWith("KAZ-L"));
        assertThat(plan.courseSeats()).hasSize(2).allSatisfy(seat -> assertThat(seat.course()).isEqualTo("ENG-A"));
        assertThat(PlanChecker.check(scenario, plan)).isEmpty();

        String attendee = plan.courseSeats().getFirst().person();
        String third = people.stream().map(Scenario.Person::id).filter(id -> id.startsWith("KAZ-L"))
                .filter(id -> plan.courseSeats().stream().noneMatch(seat -> seat.person().equals(id))).findFirst()
                .orElseThrow();
        PlanFiles.write(plan.withCourseSeats(List.of(new Plan.CourseSeat("ENG-A", plan.courseSeats().get(0).person()),
                new Plan.CourseSeat("ENG-A", plan.courseSeats().get(1).person()), new Plan.CourseSeat("ENG-A", third),
                new Plan.CourseSeat("ENG-B", attendee))), planFile);
        out.reset();
        assertThat(run("check", "--scenario", scenarioFile.toString(), "--plan", planFile.toString())).isEqualTo(2);
        assertThat(out()).contains("Rule 17 Course places: ENG-A has 3 attendees for 2 seats")
                .contains("Rule 18 Away on a course: period 1 (2027-H2): ").contains(attendee + ", who is on ENG-B");
    }

    @Test
    void aPinThatBreaksARuleGivesExitCodeTwoWithTheReasons() {
        Scenario generated = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);
        // Pin the commander's post in period 0 to a private of another nation: unqualified and not sourced.
        Scenario.Person private_ = generated.personnel().stream().filter(p -> p.rank().startsWith("OR-"))
                .filter(p -> !p.nation().equals("KAZ")).findFirst().orElseThrow();
        Scenario.Post commander = generated.posts().getFirst();
        List<Scenario.PinnedSlot> pins = new ArrayList<>(generated.pinned().rotation().stream()
                .filter(pin -> !(pin.post().equals(commander.id()) && pin.period() == 0)).toList());
        pins.add(new Scenario.PinnedSlot(commander.id(), 0, private_.id()));
        Scenario scenario = new Scenario(generated.format(), generated.name(), generated.horizon(), generated.nations(),
                generated.posts(), generated.personnel(), generated.equipmentTypes(), generated.companies(),
                generated.trainingAreas(), generated.exercises(), generated.blackouts(),
                new Scenario.Pinned(pins, generated.pinned().exercises()));
        Path scenarioFile = dir.resolve("pinned.json");
        ScenarioFiles.write(scenario, scenarioFile);
        Path planFile = dir.resolve("plan.json");

        int code = run("solve", "--scenario", scenarioFile.toString(), "--seconds", "4", "--out", planFile.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out()).contains("Rule 2 Qualified: ").contains(private_.id())
                .contains("is not a feasible plan.");
        assertThat(Files.exists(planFile)).isTrue();
        assertThat(PlanFiles.read(planFile, scenario).value().rotation())
                .contains(new Plan.RotationRow(commander.id(), 0, private_.id()));
    }

    @Test
    void aProvenlyInfeasibleScenarioGivesOneProvenInfeasibleLinePerCauseInSolveAndCheck() {
        // EX2 needs a capability no company brings: no calendar keeps rule 14, whatever the solver does
        ProofScenario data = new ProofScenario();
        data.replaceExercise("EX2", ProofScenario.exercise("EX2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30),
                10, 1, 2, "SATCOM"));
        Scenario scenario = data.scenario();
        Path scenarioFile = dir.resolve("infeasible.json");
        ScenarioFiles.write(scenario, scenarioFile);
        Path planFile = dir.resolve("plan.json");

        int code = run("solve", "--scenario", scenarioFile.toString(), "--seconds", "4", "--out", planFile.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out().lines().filter(line -> line.startsWith("Proven infeasible:")).toList())
                .containsExactly("Proven infeasible: rule 14, EX2: EX2 needs SATCOM, but no company brings it (by its"
                        + " own capabilities or its equipment's): give a company SATCOM or drop it from EX2's"
                        + " requiredCapabilities");
        // the plan file carries the cause; the checker ignores it
        Plan plan = PlanFiles.read(planFile, scenario).value();
        assertThat(plan.causes()).extracting(Plan.Cause::rule, Plan.Cause::exercise).containsExactly(
                org.assertj.core.groups.Tuple.tuple(14, "EX2"));

        out.reset();
        assertThat(run("check", "--scenario", scenarioFile.toString(), "--plan", planFile.toString())).isEqualTo(2);
        assertThat(out()).contains("Rule 14").contains("Proven infeasible: rule 14, EX2: EX2 needs SATCOM");
    }

    @Test
    void aBadScenarioIsReportedAndNothingIsSolved() throws IOException {
        Path scenarioFile = dir.resolve("bad.json");
        String text = ScenarioFiles.write(ScenarioGenerator.generate(Scale.BATTALION, 1))
                .replaceFirst("\"rank\": \"OF-\\d\"", "\"rank\": \"OF-11\"");
        Files.writeString(scenarioFile, text);
        Path planFile = dir.resolve("plan.json");

        assertThat(run("solve", "--scenario", scenarioFile.toString(), "--out", planFile.toString())).isEqualTo(1);

        assertThat(err()).startsWith(scenarioFile + " is not a valid scenario file:\n  personnel[")
                .contains("rank 'OF-11' is not a NATO rank");
        assertThat(out()).isEmpty();
        assertThat(Files.exists(planFile)).isFalse();
    }

    @Test
    void badOptionsAndMissingFilesAreBadInput() {
        assertThat(run("solve", "--scenario", dir.resolve("none.json").toString(), "--out", "x.json")).isEqualTo(1);
        assertThat(err()).contains("none.json");

        err.reset();
        assertThat(run("solve", "--scenario", "x.json")).isEqualTo(1);
        assertThat(err()).contains("solve: option '--out' is required");

        err.reset();
        assertThat(run("solve", "--scenario", "x.json", "--seconds", "1", "--out", "y.json")).isEqualTo(1);
        assertThat(err()).contains("option '--seconds' must be at least 2, not 1");

        err.reset();
        assertThat(run("solve", "--scenario", "x.json", "--out", dir.resolve("no/such/folder/plan.json").toString()))
                .isEqualTo(1);
        assertThat(err()).contains("does not exist");
    }

    @Test
    void helpListsSolve() {
        assertThat(run("help")).isEqualTo(0);
        assertThat(out()).contains("solve --scenario FILE [--seconds N] --out FILE");
        assertThat(CommandLine.isCommand(new String[] {"solve"})).isTrue();
    }

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
