package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jmatu.planner.planning.calendar.versions.CalendarVersion;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
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
        assertThat(rosters.versions()).hasSize(versionsBefore + 1);
        assertThat(calendars.list()).hasSize(calendarsBefore + 1);
        ProblemAssert.problem(api.delete("/api/solve", PLANNER), 409);
    }

    private JsonNode awaitEnd(Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            JsonNode status = ApiClient.json(api.get("/api/solve", PLANNER));
            if (!status.get("state").asString().equals("RUNNING")) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the solve did not end within " + timeout);
    }
}
