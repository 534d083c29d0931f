package org.jmatu.planner.persistence;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server for a test JVM that runs as root, as CI does. initdb and postgres refuse to run as root,
 * so this runs zonky's binaries (the same ones its EmbeddedPostgres uses) as the unprivileged user nobody
 * through {@code setpriv}, with the data directory and socket in a temporary directory that user owns, and
 * TCP on a free port of localhost. Every step has a time limit; a failure says which step and shows its output.
 * The server stops and the directory is deleted when the JVM exits.
 */
final class PostgresAsNobody {

    private static final int NOBODY = 65534;

    private final Path home;
    private final Path bin;
    private final Path data;
    private final Path output;
    private final Duration timeout;

    private PostgresAsNobody(Path home, Duration timeout) {
        this.home = home;
        this.bin = home.resolve("pg/bin");
        this.data = home.resolve("data");
        this.output = home.resolve("output.log");
        this.timeout = timeout;
    }

    /** Starts the server, trusting the user {@code postgres} on localhost, and returns its port. */
    static int start(Duration timeout) throws IOException {
        Path home = Files.createTempDirectory("planner-postgres-");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x")); // nobody must reach bin/
        PostgresAsNobody server = new PostgresAsNobody(home, timeout);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndDelete, "planner-postgres-stop"));
        server.extractBinaries();
        Files.createDirectory(server.data);
        Files.setAttribute(server.data, "unix:gid", NOBODY);
        Files.setAttribute(server.data, "unix:uid", NOBODY);
        int port = freePort();
        server.runAsNobody("initdb", "-A", "trust", "-U", EmbeddedPostgresServer.USER, "-D", server.data.toString(),
                "-E", "UTF-8", "--no-sync");
        server.runAsNobody("pg_ctl", "-D", server.data.toString(), "-l", server.data.resolve("server.log").toString(),
                "-w", "-t", Long.toString(timeout.toSeconds()),
                "-o", "-p " + port + " -k " + server.data + " -c listen_addresses=localhost -F", "start");
        return port;
    }

    /** zonky's archive for this machine, unpacked by tar so that modes and links stay as packed. */
    private void extractBinaries() throws IOException {
        Files.createDirectories(bin.getParent());
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux",
                ArchUtils.normalize(System.getProperty("os.arch")));
             InputStream tar = new XZInputStream(archive)) {
            Process untar = new ProcessBuilder("tar", "--no-same-owner", "-x", "-C", bin.getParent().toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try (OutputStream in = untar.getOutputStream()) {
                tar.transferTo(in);
            }
            awaitSuccess(untar, "unpacking the PostgreSQL binaries");
        }
    }

    private void runAsNobody(String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", bin.resolve(program).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        awaitSuccess(process, program);
    }

    private void awaitSuccess(Process process, String step) throws IOException {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(step + " did not finish within " + timeout.toSeconds() + " s" + outputText());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(step + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(step + " failed with exit code " + process.exitValue() + outputText());
        }
    }

    /** What the step printed, and the server's own log once there is one. */
    private String outputText() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path log : List.of(output, data.resolve("server.log"))) {
            if (Files.exists(log)) {
                text.append("\n").append(Files.readString(log));
            }
        }
        return text.isEmpty() ? "" : ":" + text;
    }

    private void stopAndDelete() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                runAsNobody("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "10", "stop");
            }
        } catch (IOException e) {
            System.err.println("Could not stop the test PostgreSQL in " + data + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(PostgresAsNobody::delete);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + home + ": " + e.getMessage());
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
