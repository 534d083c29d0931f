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
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line called directly, as Application.main would, with its output captured. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void onlyCommandsBypassTheWebApplication() {
        assertThat(CommandLine.isCommand(new String[] {"generate"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"check", "--plan", "x"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
    }

    @Test
    void generateWritesTheScenarioOfTheSeed() {
        Path file = dir.resolve("battalion.json");

        int code = run("generate", "--scale", "battalion", "--seed", "7", "--out", file.toString());

        assertThat(code).isEqualTo(0);
        assertThat(out()).startsWith("Wrote scenario 'Battalion 2027-2029' (seed 7) to " + file + ": 7 nations, ");
        ReadResult<Scenario> read = ScenarioFiles.read(file);
        assertThat(read.value()).isEqualTo(ScenarioGenerator.generate(Scale.BATTALION, 7));
    }

    @Test
    void generateUsesTheDefaultSeedAndAcceptsNameEqualsValue() {
        Path file = dir.resolve("default.json");

        assertThat(run("generate", "--scale=BATTALION", "--out=" + file)).isEqualTo(0);
        assertThat(ScenarioFiles.read(file).value())
                .isEqualTo(ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED));
    }

    @Test
    void generateWritesToStandardOutputForADash() {
        assertThat(run("generate", "--scale", "brigade", "--seed", "3", "--out", "-")).isEqualTo(0);

        assertThat(ScenarioFiles.read(out()).value()).isEqualTo(ScenarioGenerator.generate(Scale.BRIGADE, 3));
        assertThat(err()).startsWith("Wrote scenario 'Brigade 2027-2031' (seed 3) to standard output: ");
    }

    @Test
    void generateRefusesBadOptions() {
        assertThat(run("generate", "--scale", "division", "--out", "x.json")).isEqualTo(1);
        assertThat(err()).startsWith("generate: --scale must be battalion or brigade, not 'division'\n  generate --scale");

        assertThat(run("generate", "--scale", "battalion")).isEqualTo(1);
        assertThat(err()).contains("generate: option '--out' is required");

        assertThat(run("generate", "--scale", "battalion", "--seed", "x", "--out", "x.json")).isEqualTo(1);
        assertThat(err()).contains("option '--seed' must be a whole number, not 'x'");

        assertThat(run("generate", "--colour", "red")).isEqualTo(1);
        assertThat(err()).contains("unknown option '--colour'");

        assertThat(run("generate", "--scale", "battalion", "--out", dir.resolve("no/such/dir.json").toString())).isEqualTo(1);
        assertThat(err()).contains("generate: cannot write");
    }

    @Test
    void checkPassesAFeasiblePlan() throws IOException {
        Files.writeString(dir.resolve("scenario.json"), ScenarioFiles.write(tiny()));
        PlanFiles.write(feasiblePlan(), dir.resolve("plan.json"));

        int code = check();

        assertThat(code).isEqualTo(0);
        assertThat(out()).startsWith("No hard rule is broken: ");
        assertThat(err()).isEmpty();
    }

    @Test
    void checkPrintsEachBrokenRuleAndExitsTwo() {
        ScenarioFiles.write(tiny(), dir.resolve("scenario.json"));
        Plan feasible = feasiblePlan();
        List<Plan.RotationRow> rows = new ArrayList<>(feasible.rotation());
        rows.set(0, new Plan.RotationRow("CDR", 0, "KAZ-0002"));
        PlanFiles.write(new Plan(Plan.FORMAT, "Tiny", null, rows, feasible.exercises(), feasible.gaps()),
                dir.resolve("plan.json"));

        int code = check();

        assertThat(code).isEqualTo(2);
        assertThat(out()).isEqualTo("""
                Rule 2 Qualified: period 0 (2027-H1): CDR is held by KAZ-0002: rank OF-3 is outside OF-5–OF-6
                Rule 4 One post at a time: period 0 (2027-H1): KAZ-0002 holds CDR and J2
                2 violations of 2 rules: %s is not a feasible plan.
                """.formatted(dir.resolve("plan.json")));
    }

    @Test
    void checkReportsBadFilesAndExitsOne() throws IOException {
        String scenario = ScenarioFiles.write(tiny()).replace("\"rank\": \"OF-5\"", "\"rank\": \"OF-11\"");
        Files.writeString(dir.resolve("scenario.json"), scenario);
        Files.writeString(dir.resolve("plan.json"), "{ \"format\": \"jmatu-plan/1\", ");

        int code = check();

        assertThat(code).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo(dir.resolve("scenario.json") + " is not a valid scenario file:\n"
                + "  personnel[0] (KAZ-0001): rank 'OF-11' is not a NATO rank (OR-1 … OR-9, OF-1 … OF-9)\n"
                + dir.resolve("plan.json") + " is not a valid plan file:\n"
                + "  file: is not well-formed JSON: line 1, column 29: Unexpected end-of-input within/between Object "
                + "entries\n");
    }

    @Test
    void checkReportsTheProbedBadScenariosWithoutAStackTrace() throws IOException {
        String valid = ScenarioFiles.write(tiny());
        List<String> bad = List.of(valid.replace("\"periods\": 1", "\"periods\": 2147483647"),
                valid.replace("\"periodMonths\": 6", "\"periodMonths\": 2147483647"),
                valid.replace("\"name\": \"KAZ-0001\"", "\"name\": \"" + "N".repeat(121) + "\""),
                valid.replace("\"title\": \"Commander\"", "\"title\": \"" + "T".repeat(100_000) + "\""),
                valid.replace("\"name\": \"Tiny\"", "\"name\": \"" + "S".repeat(19 * 1024 * 1024) + "\""));
        PlanFiles.write(new Plan(Plan.FORMAT, "Tiny", null, List.of(), List.of(), List.of()), dir.resolve("plan.json"));
        for (String scenario : bad) {
            Files.writeString(dir.resolve("scenario.json"), scenario);

            assertThat(check()).isEqualTo(1);
            assertThat(err()).startsWith(dir.resolve("scenario.json") + " is not a valid scenario file:\n")
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void checkReadsAFileThatStartsWithAByteOrderMark() throws IOException {
        Files.writeString(dir.resolve("scenario.json"), "\uFEFF" + ScenarioFiles.write(tiny()));
        PlanFiles.write(new Plan(Plan.FORMAT, "Tiny", null, List.of(), List.of(), List.of()), dir.resolve("plan.json"));

        check();

        assertThat(err()).doesNotContain("scenario.json is not a valid scenario file");
    }

    @Test
    void checkReportsAPlanForUnknownRecords() {
        ScenarioFiles.write(tiny(), dir.resolve("scenario.json"));
        PlanFiles.write(new Plan(Plan.FORMAT, "Tiny", null, List.of(new Plan.RotationRow("CDR", 0, "USA-0001")),
                List.of(), List.of()), dir.resolve("plan.json"));

        assertThat(check()).isEqualTo(1);
        assertThat(err()).contains("rotation[0] (CDR): person 'USA-0001' is not a person of the scenario");
    }

    @Test
    void checkReportsMissingFiles() {
        assertThat(check()).isEqualTo(1);
        assertThat(err()).contains("scenario.json does not exist", "plan.json does not exist");
    }

    @Test
    void checkNeedsBothFiles() {
        assertThat(run("check", "--scenario", "s.json")).isEqualTo(1);
        assertThat(err()).startsWith("check: option '--plan' is required\n");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("help")).isEqualTo(0);
        assertThat(out()).contains("generate --scale battalion|brigade", "check --scenario FILE --plan FILE");
        assertThat(run("check", "--help")).isEqualTo(0);
        assertThat(out()).contains("exit 0 none broken, 2 some broken, 1 bad input");
    }

    private int check() {
        return run("check", "--scenario", dir.resolve("scenario.json").toString(), "--plan",
                dir.resolve("plan.json").toString());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** One nation, two posts, two people, one period: the least a check needs. */
    private static Scenario tiny() {
        return new Scenario(Scenario.FORMAT, "Tiny", new Scenario.Horizon(LocalDate.of(2027, 1, 1), 6, 1, 14),
                List.of(new Scenario.Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 4, 1.0)),
                List.of(new Scenario.Post("CDR", "Commander", "Command", "OF-5", "OF-6", List.of(), 3,
                                new Scenario.Sourcing("FIXED", List.of("KAZ"), null, null), null, null, null),
                        new Scenario.Post("J2", "Intelligence", "Staff", "OF-3", "OF-4", List.of(), 2,
                                new Scenario.Sourcing("ANY", null, null, null), null, null, null)),
                List.of(person("KAZ-0001", "OF-5"), person("KAZ-0002", "OF-3")),
                List.of(), List.of(), List.of(), List.of(), List.of(), Scenario.Pinned.none());
    }

    private static Scenario.Person person(String id, String rank) {
        return new Scenario.Person(id, id, "KAZ", rank, List.of(), 4, LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 1, 1));
    }

    private static Plan feasiblePlan() {
        return new Plan(Plan.FORMAT, "Tiny", "0hard/0soft", List.of(new Plan.RotationRow("CDR", 0, "KAZ-0001"),
                new Plan.RotationRow("J2", 0, "KAZ-0002")), List.of(), List.of());
    }
}
