package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.check.Violation;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ReadResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The current plan file, and the plan checker on files sent to it. */
class PlanAndCheckApiTest extends ApiTestSupport {

    @Autowired
    ScenarioExporter exporter;

    @Test
    void plannersAndCommandersGetTheCurrentPlanFile() {
        Scenario scenario = exporter.export();
        for (String user : List.of(PLANNER, COMMANDER)) {
            HttpResponse<String> response = api.get("/api/plan", user);

            assertThat(response.statusCode()).isEqualTo(200);
            ReadResult<Plan> read = PlanFiles.read(response.body(), scenario);
            assertThat(read.report().text()).isEmpty();
            assertThat(read.value().scenario()).isEqualTo(scenario.name());
            assertThat(read.value().exercises()).hasSameSizeAs(scenario.exercises());
        }
    }

    @Test
    void theCheckListsWhatTheCheckerFinds() {
        Scenario scenario = exporter.export();
        String plan = api.get("/api/plan", PLANNER).body();
        List<Violation> expected = PlanChecker.check(scenario, PlanFiles.read(plan, scenario).value());

        HttpResponse<String> response = api.sendJson("POST", "/api/check", COMMANDER, plan);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = ApiClient.json(response);
        assertThat(result.get("scenario").asString()).isEqualTo(scenario.name());
        assertThat(result.get("feasible").asBoolean()).isEqualTo(expected.isEmpty());
        assertThat(rules(result)).isEqualTo(expected.stream()
                .map(v -> v.rule().number() + " " + v.rule().title() + ": " + v.detail()).toList());
    }

    @Test
    void aPersonInTwoPostsAtOnceBreaksRuleFour() {
        Scenario scenario = exporter.export();
        ObjectNode plan = ApiClient.tree(api.get("/api/plan", PLANNER).body());
        String person = scenario.personnel().getFirst().id();
        List<JsonNode> firstPeriod = new ArrayList<>();
        plan.get("rotation").forEach(row -> {
            if (row.get("period").asInt() == 0) {
                firstPeriod.add(row);
            }
        });
        ((ObjectNode) firstPeriod.get(0)).put("person", person);
        ((ObjectNode) firstPeriod.get(1)).put("person", person);

        JsonNode result = ApiClient.json(api.sendJson("POST", "/api/check", PLANNER, ApiClient.text(plan)));

        assertThat(result.get("feasible").asBoolean()).isFalse();
        assertThat(rules(result)).anySatisfy(rule -> assertThat(rule).startsWith("4 One post at a time: ").contains(person));
    }

    @Test
    void badPlanFilesGiveTheirReport() {
        String good = api.get("/api/plan", PLANNER).body();
        assertRefused("[1, 2", "file | ", "well-formed JSON");
        assertRefused(changedRow(good, "period", "two"), "rotation[0]", "| period |");
        assertRefused(changedRow(good, "person", "XXX-9999"), "rotation[0]", "'XXX-9999'");
        ObjectNode noScenario = ApiClient.tree(good);
        noScenario.remove("scenario");
        assertRefused(ApiClient.text(noScenario), "plan", "| scenario |");
        List<String> notText = ProblemAssert.problem(api.send("POST", "/api/check", PLANNER,
                HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xC3, '}'}), "application/json"), 422);
        assertThat(notText).containsExactly("file |  | is not UTF-8 text");
    }

    @Test
    void aPlanFileOverTheLimitOrOfAnotherTypeIsRefused() {
        ProblemAssert.problem(api.send("POST", "/api/check", PLANNER,
                HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024]), "application/json"), 413);
        assertThat(api.send("POST", "/api/check", PLANNER, HttpRequest.BodyPublishers.ofString("{}"), "text/plain")
                .statusCode()).isEqualTo(415);
        assertThat(api.send("PATCH", "/api/check", PLANNER, HttpRequest.BodyPublishers.ofString("{}"),
                "application/json").statusCode()).isEqualTo(405);
    }

    private void assertRefused(String file, String record, String part) {
        List<String> problems = ProblemAssert.problem(api.sendJson("POST", "/api/check", PLANNER, file), 422);
        assertThat(problems).anySatisfy(line -> assertThat(line).startsWith(record).contains(part));
    }

    private static String changedRow(String plan, String field, String value) {
        ObjectNode tree = ApiClient.tree(plan);
        ((ObjectNode) tree.get("rotation").get(0)).put(field, value);
        return ApiClient.text(tree);
    }

    private static List<String> rules(JsonNode result) {
        List<String> rules = new ArrayList<>();
        result.get("brokenRules").forEach(rule -> rules.add(rule.get("rule").asInt() + " " + rule.get("name").asString()
                + ": " + rule.get("detail").asString()));
        return rules;
    }
}
