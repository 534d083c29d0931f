package org.jmatu.planner.ui;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The jar that {@code ./mvnw package} has just built, front-end bundle and all, started with {@code java -jar} on
 * a free port and a fresh data directory, as a user would start it. The browser tests drive this rather than a
 * development-mode server, because only the production bundle shows which components it left out. A test class
 * registers it as an extension ({@code @RegisterExtension static final ProductionJar app = new ProductionJar()}):
 * each class gets its own jar and database, started before its first test and stopped after its last, its server
 * log in {@code target/production-jar-<class>.log}.
 */
final class ProductionJar implements BeforeAllCallback, AfterAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private Process process;
    private int port;
    private Path log;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
        start(context.getRequiredTestClass().getSimpleName());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * Starts the jar named by the {@code app.jar} system property (set by the failsafe plugin) and waits until the
     * demo accounts can sign in.
     */
    private void start(String testClass) throws IOException, InterruptedException {
        String jarProperty = System.getProperty("app.jar");
        if (jarProperty == null || !Files.isRegularFile(Path.of(jarProperty))) {
            throw new IllegalStateException("No production jar at app.jar=" + jarProperty
                    + ": run the browser tests with ./mvnw verify, which builds it first");
        }
        port = freePort();
        Path dataDir = Files.createTempDirectory("planner-it-data");
        log = Path.of("target", "production-jar-" + testClass + ".log");
        Files.createDirectories(log.getParent());
        // the JDK the tests run on: Maven's, 21 or newer (the machine's default java may be older)
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-jar", jarProperty, "--server.port=" + port,
                "--planner.data-dir=" + dataDir))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitAnswer();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** The server's log so far, for assertions about what a browser action made it log. */
    String log() throws IOException {
        return Files.readString(log);
    }

    /**
     * The web server answers before the demo unit and its accounts are loaded (they are loaded after start-up), so
     * this waits until the planner's account answers on the HTTP API rather than for the first answer at all.
     */
    private void awaitAnswer() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String planner = Base64.getEncoder().encodeToString("planner:planner-demo".getBytes(StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The production jar stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(url("api/plan")))
                        .header("Authorization", "Basic " + planner).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() != 401 && answer.statusCode() < 500) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(1000);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("The production jar's demo accounts did not answer within " + START_TIMEOUT
                + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
