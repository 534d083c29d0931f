package org.jmatu.planner.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.jmatu.planner.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application as it is shipped (the main application.properties' database address, an H2 file in a
 * data directory of its own) and looks at what it opened: no listening socket but the HTTP port, and a data
 * directory and database files that only their owner may read. Linux only (it reads /proc), as CI is.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path parent;

    @Test
    void theAppListensOnItsHttpPortOnlyAndKeepsItsDatabaseFilesToItsOwner() throws IOException {
        assumeTrue(ListeningSockets.readable(), "needs Linux's /proc");
        Path dataDir = parent.resolve("data");
        Set<Integer> before = ListeningSockets.portsOfThisProcess();

        // as arguments, which win over the tests' application.properties (default properties would not)
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + shippedDatabaseUrl(), "--planner.data-dir=" + dataDir, "--server.port=0",
                "--vaadin.productionMode=true")) {
            int httpPort = ((WebServerApplicationContext) app).getWebServer().getPort();
            Set<Integer> opened = new HashSet<>(ListeningSockets.portsOfThisProcess());
            opened.removeAll(before);

            assertThat(opened).containsExactly(httpPort);
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            List<Path> files = filesIn(dataDir);
            assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                    .as(file.getFileName().toString()).isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }
    }

    /** The address the app is shipped with; the tests' own application.properties replaces the main one. */
    private static String shippedDatabaseUrl() throws IOException {
        Properties shipped = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            shipped.load(reader);
        }
        return shipped.getProperty("spring.datasource.url");
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
