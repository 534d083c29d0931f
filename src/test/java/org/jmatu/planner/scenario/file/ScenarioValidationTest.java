package org.jmatu.planner.scenario.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Bad scenario files give a report naming record and field, and never an exception. */
class ScenarioValidationTest {

    private static final String BATTALION = ScenarioFiles.write(
            ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRankThatIsNotNatoIsNamedWithItsRecordAndField() {
        assertReport(edited(root -> person(root, 17).put("rank", "OF-11")),
                "personnel[17] (" + personId(17) + "): rank 'OF-11' is not a NATO rank");
    }

    @Test
    void aNativeNameLongerThanTheColumnIsNamed() {
        assertReport(edited(root -> person(root, 5).put("nativeName", "Д".repeat(121))),
                "personnel[5] (" + personId(5) + "): nativeName");
    }

    @Test
    void wrongTypesAreNamed() {
        String text = edited(root -> {
            person(root, 3).put("english", "five");
            person(root, 4).put("english", 2.5);
            person(root, 5).put("availableFrom", "2027-13-01");
            ((ObjectNode) root.get("horizon")).put("periods", "six");
            ((ObjectNode) root.withArray("posts").get(0)).putArray("skills").add(3);
            root.put("companies", "none");
        });

        assertReport(text,
                "personnel[3] (" + personId(3) + "): english must be a whole number, not the string 'five'",
                "personnel[4] (" + personId(4) + "): english must be a whole number, not the number 2.5",
                "personnel[5] (" + personId(5) + "): availableFrom must be a date YYYY-MM-DD, not the string '2027-13-01'",
                "scenario: horizon.periods must be a whole number, not the string 'six'",
                "posts[0] (CDR): skills[0] must be a string, not the number 3",
                "scenario: companies must be a list [ … ], not the string 'none'");
    }

    @Test
    void missingFieldsAreNamed() {
        String text = edited(root -> {
            person(root, 0).remove("rank");
            ((ObjectNode) root.withArray("posts").get(1)).remove("sourcing");
            ((ObjectNode) root.withArray("companies").get(0)).remove("homeBase");
            root.remove("personnel");
        });

        assertReport(text, "scenario: personnel is missing", "posts[1] (DCDR): sourcing is missing",
                "companies[0] (KAZ-1): homeBase is missing");
        assertReport(edited(root -> person(root, 0).remove("rank")), "personnel[0] (" + personId(0) + "): rank is missing");
    }

    @Test
    void unknownReferencesAreNamed() {
        String text = edited(root -> {
            person(root, 2).put("nation", "XYZ");
            ObjectNode company = (ObjectNode) root.withArray("companies").get(0);
            ((ObjectNode) company.withArray("equipment").get(0)).put("type", "NOPE");
            ObjectNode pins = (ObjectNode) root.get("pinned");
            ObjectNode pin = pins.withArray("rotation").addObject();
            pin.put("post", "NOBODY");
            pin.put("period", 0);
            pin.put("person", "ZZZ-0001");
            ObjectNode exercisePin = pins.withArray("exercises").addObject();
            exercisePin.put("exercise", "CFX-1999");
            exercisePin.put("trainingArea", "MOON");
            ((ObjectNode) root.withArray("posts").get(0).get("sourcing")).putArray("nations").add("ATL");
        });

        assertReport(text,
                "personnel[2] (" + personId(2) + "): nation 'XYZ' is not a listed nation",
                "companies[0] (KAZ-1): equipment[0].type 'NOPE' is not a listed equipment type",
                "(NOBODY): post 'NOBODY' is not a listed post",
                "(NOBODY): person 'ZZZ-0001' is not a listed person",
                "pinned.exercises[0] (CFX-1999): exercise 'CFX-1999' is not a listed exercise",
                "pinned.exercises[0] (CFX-1999): trainingArea 'MOON' is not a listed training area",
                "posts[0] (CDR): sourcing.nations[0] 'ATL' is not a listed nation");
    }

    @Test
    void duplicateIdsAreNamedWithTheFirstUse() {
        String text = edited(root -> {
            person(root, 5).put("id", personId(4));
            ArrayNode posts = root.withArray("posts");
            posts.add(posts.get(0).deepCopy());
        });

        assertReport(text,
                "personnel[5] (" + personId(4) + "): id '" + personId(4) + "' is already used by personnel[4] ("
                        + personId(4) + ")",
                "posts[" + (countOf("posts")) + "] (CDR): id 'CDR' is already used by posts[0] (CDR)");
    }

    @Test
    void valuesOutOfRangeAreNamed() {
        String text = edited(root -> {
            person(root, 1).put("english", 7);
            ((ObjectNode) root.withArray("trainingAreas").get(0)).putArray("closedMonths").add(13);
            ObjectNode post = (ObjectNode) root.withArray("posts").get(2);
            post.put("activeFrom", 4);
            post.put("activeTo", 9);
            post.put("rankMin", "OF-6");
            post.put("rankMax", "OF-2");
            ((ObjectNode) root.withArray("nations").get(1)).put("role", "FRAMEWORK");
            ((ObjectNode) root.withArray("nations").get(2)).put("staffShare", 1.5);
            ObjectNode exercise = (ObjectNode) root.withArray("exercises").get(0);
            exercise.put("latestEnd", "2031-01-01");
        });

        String post = "posts[2] (" + JSON.readTree(BATTALION).get("posts").get(2).get("id").stringValue() + ")";
        assertReport(text,
                "personnel[1] (" + personId(1) + "): english 7 is out of range 0–5",
                "trainingAreas[0] (ILI): closedMonths[0] 13 is out of range 1–12",
                post + ": activeTo 9 is out of range 0–5",
                post + ": activeTo 9 is out of range 0–5",
                post + ": rankMax 'OF-2' is below rankMin 'OF-6'",
                "nations[1] (USA): role 'FRAMEWORK' is already taken by nations[0] (KAZ); exactly one nation is the framework nation",
                "nations[2] (RUS): staffShare 1.5 is out of range 0–1",
                "latestEnd 2031-01-01 is outside the horizon 2027-01-01 – 2029-12-31");
    }

    @Test
    void noFrameworkNationIsReported() {
        assertReport(edited(root -> ((ObjectNode) root.withArray("nations").get(0)).put("role", "REGIONAL")),
                "scenario: nations must have exactly one nation of role 'FRAMEWORK', not none");
    }

    @Test
    void aWrongFormatIsReported() {
        assertReport(edited(root -> root.put("format", "jmatu-scenario/2")),
                "scenario: format must be 'jmatu-scenario/1', not 'jmatu-scenario/2'");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        String broken = BATTALION.replaceFirst("\"name\": \"Battalion 2027-2029\",", "\"name\": \"Battalion\" \"x\",");

        ReadResult<Scenario> read = ScenarioFiles.read(broken);

        assertThat(read.isValid()).isFalse();
        assertThat(read.report().text()).startsWith("file: is not well-formed JSON: line 3, column ");
    }

    @Test
    void aDuplicateKeyIsMalformed() {
        assertReport("{\n  \"format\": \"jmatu-scenario/1\",\n  \"format\": \"x\"\n}",
                "file: is not well-formed JSON: line 3, column ", "Duplicate Object property \"format\"");
    }

    @Test
    void textThatIsNotAnObjectIsReported() {
        assertReport("[1, 2]", "file: must hold one JSON object { … }, not a list");
        assertReport("", "file: is empty");
        assertReport("{} trailing", "file: is not well-formed JSON");
    }

    @Test
    void aTruncatedFileIsReported() {
        assertReport(BATTALION.substring(0, BATTALION.length() / 2), "file: is not well-formed JSON: line ");
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnceUpToALimit() {
        String text = edited(root -> root.withArray("personnel").forEach(person -> ((ObjectNode) person).put("english", 9)));

        ValidationReport report = ScenarioFiles.read(text).report();

        assertThat(report.problems()).hasSize(300);
        String many = edited(root -> root.withArray("personnel").forEach(person -> {
            ((ObjectNode) person).put("english", 9);
            ((ObjectNode) person).put("rank", "X");
        }));
        ValidationReport capped = ScenarioFiles.read(many).report();
        assertThat(capped.problems()).hasSize(Problems.MAX_REPORTED);
        assertThat(capped.omitted()).isEqualTo(100);
        assertThat(capped.text()).endsWith("… and 100 more problems");
    }

    @Test
    void aScenarioWithoutOptionalListsIsValid() {
        String minimal = """
                {
                  "format": "jmatu-scenario/1",
                  "name": "Minimal",
                  "horizon": { "start": "2027-01-01", "periodMonths": 6, "periods": 2, "handoverDays": 14 },
                  "nations": [ { "code": "KAZ", "name": "Kazakhstan", "role": "FRAMEWORK", "equipmentStandard": "SOVIET",
                                 "tourPeriods": 2, "maxConsecutivePeriods": 4, "staffShare": 1.0, "motto": "ignored" } ],
                  "posts": [ { "id": "CDR", "title": "Commander", "section": "Command Group", "rankMin": "OF-5",
                               "rankMax": "OF-6", "skills": ["COMMAND"], "englishMin": 3,
                               "sourcing": { "rule": "ANY" } } ],
                  "personnel": []
                }
                """;

        ReadResult<Scenario> read = ScenarioFiles.read(minimal);

        assertThat(read.report().problems()).isEmpty();
        assertThat(read.value().posts().get(0).sourcing().nations()).isNull();
        assertThat(read.value().pinned()).isEqualTo(Scenario.Pinned.none());
        assertThat(ScenarioFiles.read(ScenarioFiles.write(read.value())).value()).isEqualTo(read.value());
    }

    /** Rules 17–18: the optional language courses are read, written back and checked like any other record. */
    @Test
    void languageCoursesAreOptionalRoundTripAndAreChecked() {
        String withCourse = edited(root -> course(root).put("seats", 12));
        ReadResult<Scenario> read = ScenarioFiles.read(withCourse);
        assertThat(read.report().problems()).isEmpty();
        assertThat(read.value().languageCourses()).singleElement().satisfies(course -> {
            assertThat(course.toLevel()).isEqualTo(3);
            assertThat(course.nations()).containsExactly("KAZ");
        });
        assertThat(ScenarioFiles.write(read.value())).contains("\"languageCourses\"", "\"fromLevel\": 2");
        assertThat(ScenarioFiles.read(BATTALION).value().languageCourses()).isEmpty();
        assertThat(BATTALION).doesNotContain("languageCourses");

        assertReport(edited(root -> course(root).put("toLevel", 2).put("seats", 0).put("end", "2027-01-01")
                        .putArray("nations").add("XYZ")),
                "languageCourses[0] (ENG-2027-A): toLevel 2 must be above fromLevel 2",
                "languageCourses[0] (ENG-2027-A): seats 0 is out of range 1–10000",
                "languageCourses[0] (ENG-2027-A): end 2027-01-01 is before start 2027-01-11",
                "languageCourses[0] (ENG-2027-A): nations[0] 'XYZ' is not a listed nation");
        assertReport(edited(root -> course(root).remove("fromLevel")),
                "languageCourses[0] (ENG-2027-A): fromLevel is missing");
    }

    /** The product's decisions on course places (pinned.courseSeats): read, written back, checked against the lists. */
    @Test
    void decisionsOnCoursePlacesRoundTripAndNameListedCoursesAndPeople() {
        String person = JSON.readTree(BATTALION).get("personnel").get(0).get("id").asString();
        String decided = edited(root -> {
            course(root);
            ObjectNode seats = root.withObject("pinned").putArray("courseSeats").addObject();
            seats.put("course", "ENG-2027-A").put("person", person);
            root.withObject("pinned").withArray("courseSeats").addObject().put("course", "ENG-2027-A")
                    .put("person", person).put("attends", false);
        });
        assertReport(decided, "pinned.courseSeats[1] (ENG-2027-A): person '" + person + "' is already decided on");

        String pinned = edited(root -> {
            course(root);
            root.withObject("pinned").putArray("courseSeats").addObject().put("course", "ENG-2027-A")
                    .put("person", person);
        });
        ReadResult<Scenario> read = ScenarioFiles.read(pinned);
        assertThat(read.report().problems()).isEmpty();
        assertThat(read.value().pinned().courseSeats())
                .containsExactly(new Scenario.PinnedSeat("ENG-2027-A", person, true));
        assertThat(ScenarioFiles.read(ScenarioFiles.write(read.value())).value()).isEqualTo(read.value());
        assertThat(BATTALION).doesNotContain("courseSeats");

        assertReport(edited(root -> root.withObject("pinned").putArray("courseSeats").addObject()
                        .put("course", "ENG-X").put("person", "NOBODY").put("attends", "yes")),
                "pinned.courseSeats[0] (ENG-X): course 'ENG-X' is not a listed language course",
                "pinned.courseSeats[0] (ENG-X): person 'NOBODY' is not a listed person",
                "attends must be true or false");
    }

    private static ObjectNode course(ObjectNode root) {
        ObjectNode course = root.putArray("languageCourses").addObject();
        course.put("id", "ENG-2027-A").put("name", "English, intermediate, 2027 spring").put("start", "2027-01-11")
                .put("end", "2027-05-28").put("seats", 12).put("fromLevel", 2).put("toLevel", 3);
        course.putArray("nations").add("KAZ");
        return course;
    }

    /** The cost model the J8 keeps: an ISO 4217 currency, and at most one price for each rank. */
    @Test
    void aCurrencyThatIsNoCodeAndOverlappingRankBandsAreNamed() {
        String text = edited(root -> {
            ObjectNode model = (ObjectNode) root.get("growth").get("costModel");
            model.put("currency", "eur");
            ((ObjectNode) model.withArray("staff").get(1)).put("rankMax", "OF-6");
        });

        assertReport(text, "growth.costModel: currency 'eur' is no ISO 4217 currency code (three capital letters such as EUR)",
                "growth.costModel: staff[1] overlaps staff[0]: each rank has one price");
        assertThat(ScenarioFiles.read(text).report().problems()).hasSize(2);
    }

    private static void assertReport(String text, String... fragments) {
        ReadResult<Scenario> read = ScenarioFiles.read(text);
        assertThat(read.isValid()).isFalse();
        String report = read.report().text();
        for (String fragment : fragments) {
            assertThat(report).as("report").contains(fragment);
        }
    }

    private static String edited(Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) JSON.readTree(BATTALION);
        edit.accept(root);
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode person(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("personnel").get(index);
    }

    private static String personId(int index) {
        return JSON.readTree(BATTALION).get("personnel").get(index).get("id").stringValue();
    }

    private static int countOf(String list) {
        return JSON.readTree(BATTALION).get(list).size();
    }
}
