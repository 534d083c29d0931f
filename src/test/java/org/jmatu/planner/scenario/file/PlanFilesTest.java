package org.jmatu.planner.scenario.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFilesTest {

    private static final Scenario BATTALION = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);
    private static final Plan PLAN = new Plan(Plan.FORMAT, BATTALION.name(), "0hard/-2medium/-1830soft",
            List.of(new Plan.RotationRow("CDR", 0, BATTALION.pinned().rotation().get(0).person()),
                    new Plan.RotationRow("DCDR", 3, null)),
            List.of(new Plan.ExerciseRow(BATTALION.exercises().get(0).id(), LocalDate.of(2027, 4, 5),
                    LocalDate.of(2027, 4, 18), "ILI", List.of("KAZ-1", "KGZ-1"))),
            List.of(new Plan.Gap("DCDR", 3, "no nominated OF-5 of USA, RUS or CHN is available")));

    @Test
    void aPlanRoundTripsWithItsUnfilledSlots() {
        String text = PlanFiles.write(PLAN);

        assertThat(text).contains("\"person\": null", "\"format\": \"jmatu-plan/1\"", "\"end\": \"2027-04-18\"");
        ReadResult<Plan> read = PlanFiles.read(text, BATTALION);
        assertThat(read.report().problems()).isEmpty();
        assertThat(read.value()).isEqualTo(PLAN);
        assertThat(PlanFiles.write(read.value())).isEqualTo(text);
    }

    @Test
    void provenCausesRoundTripAndAreOptional() {
        Plan withCauses = PLAN.withCauses(List.of(
                Plan.Cause.ofExercise(14, "CFX-2027-4", "CFX-2027-4 needs SATCOM; only KGZ-2 brings it"),
                Plan.Cause.ofSlot(2, "J4", 3, "USA must nominate an OF-4 for J4: no eligible nominee")));

        String text = PlanFiles.write(withCauses);

        assertThat(text).contains("\"causes\"", "\"rule\": 14", "\"exercise\": \"CFX-2027-4\"");
        ReadResult<Plan> read = PlanFiles.read(text, BATTALION);
        assertThat(read.report().problems()).isEmpty();
        assertThat(read.value()).isEqualTo(withCauses);
        assertThat(PlanFiles.write(read.value())).isEqualTo(text);
        // a plan without causes writes no "causes" list, and a file without one reads as none
        assertThat(PlanFiles.write(PLAN)).doesNotContain("causes");
        assertThat(PlanFiles.read(PlanFiles.write(PLAN), BATTALION).value().causes()).isEmpty();
    }

    @Test
    void courseSeatsRoundTripAndNameCoursesOfTheScenario() {
        Scenario withCourse = BATTALION.withLanguageCourses(List.of(new Scenario.LanguageCourse("ENG-2027-A",
                "English, intermediate", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 5, 28), 2, 2, 3, null)));
        String person = BATTALION.personnel().getFirst().id();
        Plan seated = PLAN.withCourseSeats(List.of(new Plan.CourseSeat("ENG-2027-A", person)));

        String text = PlanFiles.write(seated);
        assertThat(text).contains("\"courseSeats\"", "\"course\": \"ENG-2027-A\"");
        ReadResult<Plan> read = PlanFiles.read(text, withCourse);
        assertThat(read.report().problems()).isEmpty();
        assertThat(read.value()).isEqualTo(seated);
        assertThat(PlanFiles.write(read.value())).isEqualTo(text);
        // a plan that sends no one lists no seats, and a file without the list reads as none
        assertThat(PlanFiles.write(PLAN)).contains("\"courseSeats\": [ ]");
        String withoutSeats = PlanFiles.write(PLAN).replaceAll(",\\s*\"courseSeats\": \\[ \\]", "");
        assertThat(withoutSeats).doesNotContain("courseSeats");
        assertThat(PlanFiles.read(withoutSeats, BATTALION).value().courseSeats()).isEmpty();

        assertThat(PlanFiles.read(text, BATTALION).report().text())
                .contains("courseSeats[0] (ENG-2027-A): course 'ENG-2027-A' is not a language course of the scenario");
    }

    @Test
    void aPlanFileOnDiskRoundTrips(@TempDir Path dir) {
        Path file = dir.resolve("plan.json");
        PlanFiles.write(PLAN, file);

        assertThat(PlanFiles.read(file, BATTALION).value()).isEqualTo(PLAN);
    }

    @Test
    void aRowWithoutPersonIsMissingAField() {
        String text = PlanFiles.write(PLAN).replace("\"person\": null", "\"persn\": null");

        assertThat(PlanFiles.read(text).report().text())
                .isEqualTo("rotation[1] (DCDR): person is missing (null marks an unfilled slot)");
    }

    @Test
    void anExerciseRowNeedsEveryFieldButMayBeUnscheduled() {
        String text = PlanFiles.write(PLAN).replace("\"trainingArea\": \"ILI\",", "").replace("\"start\": \"2027-04-05\"",
                "\"start\": null");

        assertThat(PlanFiles.read(text).report().text())
                .isEqualTo("exercises[0] (" + PLAN.exercises().get(0).exercise() + "): trainingArea is missing "
                        + "(null marks an unscheduled exercise)");
        assertThat(PlanFiles.read(PlanFiles.write(PLAN).replace("\"companies\"", "\"units\"")).report().text())
                .endsWith("companies is missing");
    }

    @Test
    void referencesIntoTheScenarioAreChecked() {
        Plan stray = new Plan(Plan.FORMAT, "Another scenario", null,
                List.of(new Plan.RotationRow("NOPE", 9, "ZZZ-0001")),
                List.of(new Plan.ExerciseRow("CFX-1999", null, null, "MOON", List.of("XXX-1"))),
                List.of(new Plan.Gap("NOPE", 0, "none")));

        ReadResult<Plan> read = PlanFiles.read(PlanFiles.write(stray), BATTALION);

        assertThat(read.report().text()).isEqualTo(String.join("\n",
                "plan: scenario 'Another scenario' is not the scenario given, 'Battalion 2027-2029'",
                "rotation[0] (NOPE): post 'NOPE' is not a post of the scenario",
                "rotation[0] (NOPE): period 9 is out of range 0–5",
                "rotation[0] (NOPE): person 'ZZZ-0001' is not a person of the scenario",
                "exercises[0] (CFX-1999): exercise 'CFX-1999' is not an exercise of the scenario",
                "exercises[0] (CFX-1999): trainingArea 'MOON' is not a training area of the scenario",
                "exercises[0] (CFX-1999): companies[0] 'XXX-1' is not a company of the scenario",
                "gaps[0] (NOPE): post 'NOPE' is not a post of the scenario"));
    }

    @Test
    void wrongTypesAndFormatAreReported() {
        String text = PlanFiles.write(PLAN).replace("jmatu-plan/1", "jmatu-plan/0").replace("\"period\": 0", "\"period\": \"0\"");

        assertThat(PlanFiles.read(text).report().text()).isEqualTo(String.join("\n",
                "plan: format must be 'jmatu-plan/1', not 'jmatu-plan/0'",
                "rotation[0] (CDR): period must be a whole number, not the string '0'"));
    }

    @Test
    void malformedJsonIsReported() {
        assertThat(PlanFiles.read("{\"format\": ").report().text()).startsWith("file: is not well-formed JSON: line 1");
    }
}
