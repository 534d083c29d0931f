package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the application, started at the same moment on one empty PostgreSQL database (the tests'
 * embedded one), each on a free port of 127.0.0.1, act as one: both start (the demo load runs once), one solve per
 * data set across both (a second request on either gets 409), its status on both, a stop from the instance not
 * running it, and a solve whose instance is killed taken over by the other.
 *
 * <p>The first instance is an application context in this JVM; the second is a JVM of its own (this test's class
 * path), so that it can be killed outright, and so that the two do not share Spring Security's static holder.
 */
class TwoInstancesTest {

    private static final String PLANNER = "planner";
    /** One Quartz cluster for the two (the tests' own properties give every context a name of its own). */
    private static final String CLUSTER = "two-instances-" + UUID.randomUUID();
    private static final Duration START_WAIT = Duration.ofMinutes(4);
    private static final Path SECOND_LOG = Path.of("target", "two-instances-second.log");

    private static String database;
    private static SecurityContextHolderStrategy suiteStrategy;
    private static ConfigurableApplicationContext first;
    private static Process second;
    private static int secondPort;

    @BeforeAll
    static void startBothAtOnce() throws IOException, InterruptedException {
        database = EmbeddedPostgresServer.newDatabase();
        suiteStrategy = SecurityContextHolder.getContextHolderStrategy();
        secondPort = freePort();
        second = startSecond();
        first = CompletableFuture.supplyAsync(TwoInstancesTest::startFirst).join();
        awaitUp(new ApiClient("127.0.0.1", secondPort));
    }

    private static ConfigurableApplicationContext startFirst() {
        return new SpringApplicationBuilder(Application.class).profiles("postgres").properties(
                "PLANNER_DB_URL=" + database, "PLANNER_DB_USER=" + EmbeddedPostgresServer.USER, "PLANNER_DB_PASSWORD=",
                "server.port=0", "server.address=127.0.0.1", "vaadin.productionMode=true",
                "spring.jpa.open-in-view=false", "planner.api.solve-budget=30s", "planner.solve.silence-limit=10s",
                "planner.solve.cluster-name=" + CLUSTER, "spring.main.banner-mode=off").run();
    }

    private static Process startSecond() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Application.class.getName(),
                "--spring.profiles.active=postgres", "--server.port=" + secondPort, "--server.address=127.0.0.1",
                "--vaadin.productionMode=true", "--spring.jpa.open-in-view=false", "--planner.api.solve-budget=30s",
                "--planner.solve.silence-limit=10s", "--planner.solve.cluster-name=" + CLUSTER,
                "--spring.main.banner-mode=off"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(SECOND_LOG.toFile());
        builder.environment().putAll(Map.of("PLANNER_DB_URL", database, "PLANNER_DB_USER", EmbeddedPostgresServer.USER,
                "PLANNER_DB_PASSWORD", ""));
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitUp(ApiClient api) throws InterruptedException, IOException {
        Instant until = Instant.now().plus(START_WAIT);
        while (Instant.now().isBefore(until) && second.isAlive()) {
            try {
                api.get("/api/solve", PLANNER);
                return;
            } catch (UncheckedIOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("The second instance did not start; its log ends:\n"
                + String.join("\n", Files.readAllLines(SECOND_LOG).stream().skip(Math.max(0,
                Files.readAllLines(SECOND_LOG).size() - 40)).toList()));
    }

    @AfterAll
    static void stopBoth() {
        if (second != null) {
            second.destroyForcibly();
        }
        if (first != null) {
            first.close();
        }
        // the first instance set its own holder strategy; the suite's cached contexts go on with theirs
        SecurityContextHolder.setContextHolderStrategy(suiteStrategy);
    }

    @Test
    void twoInstancesRunOneSolveAtATimeShowItOnBothStopItFromEitherAndTakeOverOneWhoseInstanceDies()
            throws Exception {
        ApiClient one = new ApiClient("127.0.0.1", ((WebServerApplicationContext) first).getWebServer().getPort());
        ApiClient two = new ApiClient("127.0.0.1", secondPort);
        ProblemAssert.problem(one.get("/api/solve", PLANNER), 404);

        // one solve per data set across both instances
        HttpResponse<String> started = two.post("/api/solve", PLANNER);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        ProblemAssert.problem(one.post("/api/solve", PLANNER), 409);
        ProblemAssert.problem(two.post("/api/solve", PLANNER), 409);

        // visible on both, stopped from the instance that does not run it
        JsonNode running = await(one, state -> state.equals("RUNNING"));
        assertThat(running.get("startedBy").asString()).isEqualTo(PLANNER);
        assertThat(await(two, state -> state.equals("RUNNING")).get("requestedAt"))
                .isEqualTo(running.get("requestedAt"));
        ApiClient other = runsOnFirst() ? two : one;
        assertThat(other.delete("/api/solve", PLANNER).statusCode()).isEqualTo(202);
        JsonNode stopped = await(other, state -> !state.equals("RUNNING"));
        assertThat(stopped.get("state").asString()).isEqualTo("STOPPED");
        // what it saved is read from the table on either instance
        assertThat(stopped.get("outcome").get("drafts").get("rosterId").asLong()).isPositive();
        assertThat(ApiClient.json(one.get("/api/solve", PLANNER)).get("outcome"))
                .isEqualTo(ApiClient.json(two.get("/api/solve", PLANNER)).get("outcome"));

        // kill the second instance while it runs a solve: an API solve works on the saved data, so the first
        // instance notices the silence, puts the solve back in the queue and solves it again; the key stays taken
        for (int attempt = 0; runsOnFirstOnceRunning(two); attempt++) {
            assertThat(attempt).as("the second instance never took the solve").isLessThan(5);
            assertThat(one.delete("/api/solve", PLANNER).statusCode()).isEqualTo(202);
            await(one, state -> !state.equals("RUNNING"));
        }
        String requestedAt = ApiClient.json(one.get("/api/solve", PLANNER)).get("requestedAt").asString();
        second.destroyForcibly().waitFor();
        JsonNode restarted = await(one, state -> state.equals("QUEUED") || (state.equals("RUNNING") && onFirst()));
        assertThat(restarted.get("requestedAt").asString()).isEqualTo(requestedAt);
        await(one, state -> state.equals("RUNNING") && onFirst());
        ProblemAssert.problem(one.post("/api/solve", PLANNER), 409);
        assertThat(one.delete("/api/solve", PLANNER).statusCode()).isEqualTo(202);
        JsonNode takenOver = await(one, state -> !state.equals("RUNNING") && !state.equals("QUEUED"));
        assertThat(takenOver.get("state").asString()).isEqualTo("STOPPED");
        assertThat(takenOver.get("outcome").get("drafts").get("rosterId").asLong()).isPositive();
    }

    /** Starts a solve on the second instance and tells, once it runs, whether the first runs it. */
    private static boolean runsOnFirstOnceRunning(ApiClient two) throws Exception {
        assertThat(two.post("/api/solve", PLANNER).statusCode()).isEqualTo(202);
        await(two, state -> state.equals("RUNNING"));
        return runsOnFirst();
    }

    /** Whether the first instance (its Quartz instance id) is the one the table says runs the solve. */
    private static boolean runsOnFirst() {
        return firstInstance().equals(runningInstance().orElseThrow(() -> new AssertionError("no solve runs")));
    }

    /** {@link #runsOnFirst()} for a state predicate: false while no solve runs. */
    private static boolean onFirst() {
        return runningInstance().map(firstInstance()::equals).orElse(false);
    }

    private static Optional<String> runningInstance() {
        try (Connection db = DriverManager.getConnection(database, EmbeddedPostgresServer.USER, "");
             ResultSet row = db.createStatement().executeQuery(
                     "select instance_id from solve_job where state = 'RUNNING'")) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstInstance() {
        try {
            return first.getBean(Scheduler.class).getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
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
