package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.jmatu.planner.Application;
import org.jmatu.planner.persistence.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the application, started at the same moment on one empty PostgreSQL database (the tests'
 * embedded one), each on a free port of 127.0.0.1, act as one: both start (the demo load runs once), one solve per
 * data set across both (a second request on the other gets 409), its status on both, a stop from the instance not
 * running it, and a solve whose instance shuts down or falls silent reported as interrupted on the other.
 */
class TwoInstancesTest {

    private static final String PLANNER = "planner";
    private static String database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBothAtOnce() {
        database = EmbeddedPostgresServer.newDatabase();
        CompletableFuture<ConfigurableApplicationContext> one = CompletableFuture.supplyAsync(TwoInstancesTest::start);
        CompletableFuture<ConfigurableApplicationContext> two = CompletableFuture.supplyAsync(TwoInstancesTest::start);
        first = one.join();
        second = two.join();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).profiles("postgres").properties(Map.of(
                "PLANNER_DB_URL", database, "PLANNER_DB_USER", EmbeddedPostgresServer.USER, "PLANNER_DB_PASSWORD", "",
                "server.port", "0", "server.address", "127.0.0.1", "vaadin.productionMode", "true",
                "spring.jpa.open-in-view", "false", "planner.api.solve-budget", "30s",
                "planner.solve.silence-limit", "3s", "spring.main.banner-mode", "off")).run();
    }

    @AfterAll
    static void stopBoth() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null && context.isActive()) {
                context.close();
            }
        }
    }

    private static ApiClient api(ConfigurableApplicationContext instance) {
        return new ApiClient("127.0.0.1", ((WebServerApplicationContext) instance).getWebServer().getPort());
    }

    @Test
    void twoInstancesRunOneSolveAtATimeShowItOnBothStopItFromEitherAndReportOneLostWithItsInstance()
            throws Exception {
        ApiClient one = api(first);
        ApiClient two = api(second);
        ProblemAssert.problem(two.get("/api/solve", PLANNER), 404);

        // one solve per data set across both instances
        HttpResponse<String> started = one.post("/api/solve", PLANNER);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        ProblemAssert.problem(two.post("/api/solve", PLANNER), 409);
        ProblemAssert.problem(one.post("/api/solve", PLANNER), 409);

        // visible on both, stopped from the other one than the instance that runs it
        JsonNode running = await(two, state -> state.equals("RUNNING"));
        assertThat(running.get("startedBy").asString()).isEqualTo(PLANNER);
        assertThat(await(one, state -> state.equals("RUNNING")).get("requestedAt"))
                .isEqualTo(running.get("requestedAt"));
        ConfigurableApplicationContext runner = runningOn();
        ApiClient other = api(runner == first ? second : first);
        assertThat(other.delete("/api/solve", PLANNER).statusCode()).isEqualTo(202);
        JsonNode stopped = await(other, state -> !state.equals("RUNNING"));
        assertThat(stopped.get("state").asString()).isEqualTo("STOPPED");
        // the result (what it saved) is read from the table on the instance that did not run it
        assertThat(stopped.get("outcome").get("drafts").get("rosterId").asLong()).isPositive();
        assertThat(ApiClient.json(api(runner).get("/api/solve", PLANNER)).get("outcome"))
                .isEqualTo(stopped.get("outcome"));

        // an instance that shuts down while solving: the other reports the solve interrupted and can solve again
        assertThat(two.post("/api/solve", PLANNER).statusCode()).isEqualTo(202);
        await(one, state -> state.equals("RUNNING"));
        ConfigurableApplicationContext doomed = runningOn();
        ConfigurableApplicationContext survivor = doomed == first ? second : first;
        doomed.close();
        JsonNode lost = ApiClient.json(api(survivor).get("/api/solve", PLANNER));
        assertThat(lost.get("state").asString()).isEqualTo("INTERRUPTED");
        assertThat(lost.get("error").asString()).contains("shut down", "lost");

        // an instance that dies without a word: its heartbeat goes stale, and the survivor marks its solve
        holdAsASilentInstance();
        JsonNode silent = await(api(survivor), state -> !state.equals("RUNNING"));
        assertThat(silent.get("state").asString()).isEqualTo("INTERRUPTED");
        assertThat(silent.get("error").asString()).contains("crashed-instance", "stopped answering");
        assertThat(silent.get("parts").get(0).get("bestScore").asString()).isEqualTo("0hard/-1medium/-9soft");
        ProblemAssert.problem(api(survivor).delete("/api/solve", PLANNER), 409);
    }

    /** The context whose Quartz instance id is the one the table says runs the demo unit's solve. */
    private static ConfigurableApplicationContext runningOn() throws SQLException, SchedulerException {
        String instance;
        try (Connection db = connect(); ResultSet row = db.createStatement().executeQuery(
                "select instance_id from solve_job where state = 'RUNNING'")) {
            assertThat(row.next()).isTrue();
            instance = row.getString(1);
        }
        for (ConfigurableApplicationContext context : List.of(first, second)) {
            if (context.isActive() && context.getBean(Scheduler.class).getSchedulerInstanceId().equals(instance)) {
                return context;
            }
        }
        throw new AssertionError("no instance runs " + instance);
    }

    /** A solve the way a killed instance leaves it: running, last heard of a minute ago. */
    private static void holdAsASilentInstance() throws SQLException {
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("insert into solve_job"
                + " (data_set, problem, state, active_key, requested_by, requested_roles, requested_at, portable,"
                + " instance_id, started_at, heartbeat_at, best_part, best_score, best_found_ms)"
                + " values ('demo', 'PLAN', 'RUNNING', 'demo/PLAN', 'planner', 'ROLE_PLANNER', ?, true,"
                + " 'crashed-instance', ?, ?, 'rotation', '0hard/-1medium/-9soft', 1000)")) {
            insert.setObject(1, then);
            insert.setObject(2, then);
            insert.setObject(3, then);
            insert.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database, EmbeddedPostgresServer.USER, "");
    }

    private static JsonNode await(ApiClient api, Predicate<String> state) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> response = api.get("/api/solve", PLANNER);
            if (response.statusCode() == 200 && state.test(ApiClient.json(response).get("state").asString())) {
                return ApiClient.json(response);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the solve did not reach the state within two minutes");
    }
}
