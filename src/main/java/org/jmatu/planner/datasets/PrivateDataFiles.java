package org.jmatu.planner.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 database's files to the account the application runs as: the data directory is made
 * mode 700 before the first connection (so whatever H2 creates in it later is out of others' reach, whatever
 * the umask), and every file in it mode 600 at start, once the database has been opened and migrated. Does
 * nothing for a server database (PostgreSQL) or an in-memory one, and on file systems without POSIX modes.
 */
@Component
class PrivateDataFiles implements BeanPostProcessor, ApplicationListener<ApplicationStartedEvent> {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final String H2_FILE = "jdbc:h2:file:";

    private final Optional<Path> directory;

    PrivateDataFiles(Environment environment) {
        this.directory = directoryOf(environment.getProperty("spring.datasource.url", ""));
    }

    /** The directory of an H2 file URL ({@code jdbc:h2:file:./data/planner;…} gives {@code ./data}). */
    static Optional<Path> directoryOf(String url) {
        if (!url.startsWith(H2_FILE) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        String database = url.substring(H2_FILE.length()).split(";", 2)[0];
        return Optional.ofNullable(Path.of(database).toAbsolutePath().getParent());
    }

    /** Before anything connects: the data source is made before Flyway or JPA take their first connection. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            directory.ifPresent(PrivateDataFiles::makePrivateDirectory);
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent started) {
        directory.ifPresent(PrivateDataFiles::makeFilesPrivate);
    }

    private static void makePrivateDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, DIRECTORY);
            makeFilesPrivate(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data directory " + dir + " private", e);
        }
    }

    private static void makeFilesPrivate(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the files in " + dir + " private", e);
        }
    }
}
