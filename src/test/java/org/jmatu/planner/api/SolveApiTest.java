package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.planning.calendar.proof.ProofScenario;
import org.jmatu.planner.planning.calendar.versions.CalendarVersion;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.planning.rotation.solver.CourseScenarios;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A background solve: started by a planner, followed by a commander, stopped early, kept as new drafts. */
class SolveApiTest extends ApiTestSupport {

    @Autowired
    RosterVersionService rosters;

    @Autowired
    CalendarVersionService calendars;

    @Test
    void aSolveRunsOneAtATimeStopsOnRequestAndIsSavedAsNewDrafts() throws InterruptedException {
        int versionsBefore = rosters.versions().size();
        int calendarsBefore = calendars.list().size();

        HttpResponse<String> started = api.post("/api/solve", PLANNER);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(started.headers().firstValue("Location")).hasValue("/api/solve");
        assertThat(ApiClient.json(started).get("state").asString()).isIn("QUEUED", "RUNNING");
        assertThat(ApiClient.json(started).get("startedBy").asString()).isEqualTo(PLANNER);
        ProblemAssert.problem(api.post("/api/solve", PLANNER), 409);
        assertThat(ApiClient.json(api.get("/api/solve", COMMANDER)).get("dataSet").asString()).isEqualTo("demo");
        awaitRunning(); // stopping a solve still queued would cancel it instead
        HttpResponse<String> stopping = api.delete("/api/solve", PLANNER);
        assertThat(stopping.statusCode()).isEqualTo(202);

        JsonNode ended = awaitEnd(Duration.ofMinutes(3));

        assertThat(ended.get("state").asString()).isEqualTo("STOPPED");
        assertThat(ended.get("parts").findValuesAsString("part")).contains("rotation", "calendar");
        JsonNode outcome = ended.get("outcome");
        assertThat(outcome.get("score").asString()).contains("hard/");
        assertThat(outcome.get("feasible").asBoolean()).isEqualTo(outcome.get("brokenRules").isEmpty());
        RosterVersion roster = rosters.find(outcome.get("drafts").get("rosterId").asLong()).orElseThrow();
        assertThat(roster.published()).isFalse();
        assertThat(roster.number()).isEqualTo(outcome.get("drafts").get("rosterVersion").asInt());
        assertThat(calendars.load(outcome.get("drafts").get("calendarId").asLong())).get()
                .extracting(CalendarVersion::published).isEqualTo(false);
        // stopped early: half-finished, so both drafts are marked infeasible, never published nor current
        assertThat(outcome.get("keptAsInfeasible").asBoolean()).isTrue();
        assertThat(roster.infeasible()).isTrue();
        assertThat(calendars.load(outcome.get("drafts").get("calendarId").asLong())).get()
                .extracting(CalendarVersion::feasible).isEqualTo(false);
        assertThat(ended.get("causes").isArray()).isTrue();
        assertThat(ended.get("causes")).as("the demo has no proven cause").isEmpty();
        assertThat(rosters.versions()).hasSize(versionsBefore + 1);
        assertThat(calendars.list()).hasSize(calendarsBefore + 1);
        ProblemAssert.problem(api.delete("/api/solve", PLANNER), 409);
    }

    @Test
    void theStatusOfASolveOfProvenlyInfeasibleDataGivesTheCauses() throws InterruptedException {
        ProofScenario data = new ProofScenario();
        data.replaceExercise("EX2", ProofScenario.exercise("EX2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30),
                10, 1, 2, "SATCOM"));
        HttpResponse<String> created = api.sendJson("PUT", "/api/scenario?name=No%20SATCOM", PLANNER,
                ScenarioFiles.write(data.scenario()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String dataSet = ApiClient.json(created).get("key").asString();

        HttpResponse<String> started = api.in(dataSet, "POST", "/api/solve", PLANNER);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode ended = awaitEnd(dataSet, Duration.ofMinutes(4));

        JsonNode causes = ended.get("causes");
        assertThat(causes).hasSize(1);
        assertThat(causes.get(0).get("rule").asInt()).isEqualTo(14);
        assertThat(causes.get(0).get("exercise").asString()).isEqualTo("EX2");
        assertThat(causes.get(0).get("reason").asString()).startsWith("EX2 needs SATCOM, but no company brings it");
        assertThat(ended.get("outcome").get("feasible").asBoolean()).isFalse();
        assertThat(ended.get("outcome").get("keptAsInfeasible").asBoolean()).isTrue();
    }

    /**
     * Issue 19's example through the API: the uploaded scenario keeps its course, the solve sends learners on it (only
     * they can hold the posts, however many slots a solve on a busy machine fills) and saves them with the roster,
     * and once published the plan file lists them.
     */
    @Test
    void aScenarioWithACourseIsUploadedSolvedWithItsPlacesAndServedWithThem() throws InterruptedException {
        HttpResponse<String> created = api.sendJson("PUT", "/api/scenario?name=Courses%20API", PLANNER,
                ScenarioFiles.write(CourseScenarios.learners(List.of())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String dataSet = ApiClient.json(created).get("key").asString();
        assertThat(api.in(dataSet, "GET", "/api/scenario", PLANNER).body()).contains("\"languageCourses\"", "ENG-A");

        assertThat(api.in(dataSet, "POST", "/api/solve", PLANNER).statusCode()).isEqualTo(202);
        JsonNode outcome = awaitEnd(dataSet, Duration.ofMinutes(4)).get("outcome");

        assertThat(outcome.get("feasible").asBoolean()).as(outcome.toString()).isTrue();
        long rosterId = outcome.get("drafts").get("rosterId").asLong();
        RosterVersion roster = DataSetContext.callIn(dataSet, () -> rosters.find(rosterId).orElseThrow());
        List<String> attendees = roster.courseSeats().stream().map(seat -> seat.person()).toList();
        assertThat(roster.courseSeats()).isNotEmpty().allSatisfy(seat -> assertThat(seat.course()).isEqualTo("ENG-A"));
        assertThat(roster.rows()).filteredOn(row -> row.person() != null).isNotEmpty()
                .allSatisfy(row -> assertThat(attendees).contains(row.person()));
        SignedInAs.planner();
        DataSetContext.runIn(dataSet, () -> rosters.publish(rosterId));
        JsonNode plan = ApiClient.json(api.in(dataSet, "GET", "/api/plan", COMMANDER));
        assertThat(plan.get("courseSeats").findValuesAsString("person"))
                .containsExactlyInAnyOrderElementsOf(attendees);
    }

    private void awaitRunning() throws InterruptedException {
        for (int i = 0; i < 100 && !"RUNNING".equals(ApiClient.json(api.get("/api/solve", PLANNER)).get("state")
                .asString()); i++) {
            Thread.sleep(100);
        }
    }

    private JsonNode awaitEnd(Duration timeout) throws InterruptedException {
        return awaitEnd(null, timeout);
    }

    private JsonNode awaitEnd(String dataSet, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            JsonNode status = ApiClient.json(dataSet == null ? api.get("/api/solve", PLANNER)
                    : api.in(dataSet, "GET", "/api/solve", PLANNER));
            if (!status.get("state").asString().equals("RUNNING") && !status.get("state").asString().equals("QUEUED")) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the solve did not end within " + timeout);
    }
}
