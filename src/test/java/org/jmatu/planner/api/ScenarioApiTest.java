package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Export and import of scenario files; a bad file is answered with its report and changes nothing. */
class ScenarioApiTest extends ApiTestSupport {

    @Autowired
    ScenarioExporter exporter;

    @Autowired
    DataSetService dataSets;

    @Test
    void plannersAndCommandersExportTheScenarioOfTheData() {
        for (String user : List.of(PLANNER, COMMANDER)) {
            HttpResponse<String> response = api.get("/api/scenario", user);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            ReadResult<Scenario> read = ScenarioFiles.read(response.body());
            assertThat(read.report().text()).isEmpty();
            assertThat(read.value()).isEqualTo(exporter.forFile().orElseThrow()); // with any pending sourcing requests
        }
    }

    @Test
    void anImportBecomesANewDataSetAndLeavesTheDemoUnitAlone() {
        Scenario demo = exporter.export();
        ObjectNode file = ApiClient.tree(ScenarioFiles.write(demo));
        file.put("name", "What-if without the USA");

        HttpResponse<String> created = api.sendJson("PUT", "/api/scenario?name=What-if%201", PLANNER,
                ApiClient.text(file));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/data-sets/what-if-1");
        assertThat(ApiClient.json(created).get("name").asString()).isEqualTo("What-if 1");
        assertThat(ApiClient.json(created).get("scenarioName").asString()).isEqualTo("What-if without the USA");
        assertThat(exporter.export()).isEqualTo(demo);
        HttpResponse<String> imported = api.in("what-if-1", "GET", "/api/scenario", COMMANDER);
        assertThat(ScenarioFiles.read(imported.body()).value().name()).isEqualTo("What-if without the USA");
        assertThat(ApiClient.json(api.get("/api/data-sets/what-if-1", PLANNER)).get("key").asString())
                .isEqualTo("what-if-1");

        HttpResponse<String> again = api.sendJson("PUT", "/api/scenario?name=What-if%201", PLANNER, ApiClient.text(file));
        ProblemAssert.problem(again, 409);
    }

    @Test
    void badFilesGiveTheirReportAndChangeNothing() {
        String good = ScenarioFiles.write(exporter.export());
        assertRefused("{ \"format\": \"jmatu-scenario/1\", ", "file | ", "well-formed JSON");
        assertRefused(changed(good, file -> person(file).put("english", "fluent")), "personnel[0] ", "| english |");
        assertRefused(changed(good, file -> person(file).put("nation", "XXX")), "personnel[0] ", "| nation |");
        assertRefused(changed(good, file -> ((ObjectNode) file.get("posts").get(1))
                .put("id", file.get("posts").get(0).get("id").asString())), "posts[1] ", "| id |");
        assertRefused(changed(good, file -> file.remove("horizon")), "", "horizon");
    }

    @Test
    void aFileOverTheLimitIsRefusedUnread() {
        byte[] fiftyOneMegabytes = new byte[51 * 1024 * 1024];
        Arrays.fill(fiftyOneMegabytes, (byte) ' ');
        List<DataSet> before = dataSets.all();

        HttpResponse<String> sized = api.send("PUT", "/api/scenario?name=Huge", PLANNER,
                HttpRequest.BodyPublishers.ofByteArray(fiftyOneMegabytes), "application/json");
        HttpResponse<String> streamed = api.send("PUT", "/api/scenario?name=Huge", PLANNER,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fiftyOneMegabytes, 0,
                        21 * 1024 * 1024)), "application/json");

        ProblemAssert.problem(sized, 413);
        ProblemAssert.problem(streamed, 413);
        assertThat(dataSets.all()).isEqualTo(before);
    }

    @Test
    void theDataSetOfACallMustExistAndIsTheLiveUnitForLiaisonOfficers() {
        ProblemAssert.problem(api.in("no-such-set", "GET", "/api/scenario", PLANNER), 404);
        HttpResponse<String> missing = api.in("no-such-set", "GET", "/api/calendar/KGZ.ics", liaison("KGZ"));
        ProblemAssert.problem(missing, 404);
        assertThat(api.in("demo", "GET", "/api/calendar/KGZ.ics", liaison("KGZ")).statusCode()).isEqualTo(200);

        String taken = importedDataSetKey();
        HttpResponse<String> notYours = api.in(taken, "GET", "/api/calendar/KGZ.ics", liaison("KGZ"));
        assertThat(notYours.statusCode()).isEqualTo(404);
        assertThat(notYours.body()).as("a data set that exists but is not the liaison's is answered as a missing one")
                .isEqualTo(missing.body());
    }

    /** A data set that exists, made by an import (or found, if an earlier test of this context made it). */
    private String importedDataSetKey() {
        String key = "not-for-liaison-officers";
        if (dataSets.find(key).isEmpty()) {
            HttpResponse<String> created = api.sendJson("PUT", "/api/scenario?name=" + key, PLANNER,
                    ScenarioFiles.write(exporter.export()));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        return key;
    }

    private void assertRefused(String file, String record, String field) {
        List<DataSet> before = dataSets.all();
        Scenario demo = exporter.export();

        List<String> problems = ProblemAssert.problem(
                api.sendJson("PUT", "/api/scenario?name=Bad%20file", PLANNER, file), 422);

        assertThat(problems).anySatisfy(line -> assertThat(line).startsWith(record).contains(field));
        assertThat(dataSets.all()).isEqualTo(before);
        assertThat(exporter.export()).isEqualTo(demo);
    }

    private static String changed(String file, Consumer<ObjectNode> change) {
        ObjectNode tree = ApiClient.tree(file);
        change.accept(tree);
        return ApiClient.text(tree);
    }

    private static ObjectNode person(ObjectNode file) {
        return (ObjectNode) ((ArrayNode) file.get("personnel")).get(0);
    }
}
