package org.jmatu.planner.scenario.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jmatu.planner.scenario.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * Scenario files (format jmatu-scenario/1 of docs/file-formats.md): writes a {@link Scenario} as pretty-printed JSON in
 * a stable order, and reads one back with a {@link ValidationReport} that names every problem with its record
 * and field. The UI's import and export, the command line and the HTTP API all go through here.
 */
public final class ScenarioFiles {

    public static final long DEFAULT_LIMIT_BYTES = JsonText.DEFAULT_LIMIT_BYTES;

    private ScenarioFiles() {
    }

    public static String write(Scenario scenario) {
        return JsonText.write(ScenarioWriter.write(scenario));
    }

    public static void write(Scenario scenario, Path file) {
        try {
            Files.writeString(file, write(scenario), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static ReadResult<Scenario> read(String text) {
        return read(text, DEFAULT_LIMIT_BYTES);
    }

    public static ReadResult<Scenario> read(String text, long limitBytes) {
        Problems problems = new Problems();
        JsonNode root = JsonText.parse(text, limitBytes, problems);
        return root == null ? new ReadResult.Invalid<>(problems.report()) : fromTree(root, problems);
    }

    /** Reads a file; one over {@code limitBytes} is refused from its size alone, before any of it is read. */
    public static ReadResult<Scenario> read(Path file, long limitBytes) {
        Problems problems = new Problems();
        String text = JsonText.readFile(file, limitBytes, problems);
        return text == null ? new ReadResult.Invalid<>(problems.report()) : read(text, limitBytes);
    }

    /** Reads an upload; reading stops, and the upload is refused, one byte past {@code limitBytes}. */
    public static ReadResult<Scenario> read(InputStream upload, long limitBytes) {
        Problems problems = new Problems();
        String text = JsonText.readStream(upload, limitBytes, problems);
        return text == null ? new ReadResult.Invalid<>(problems.report()) : read(text, limitBytes);
    }

    public static ReadResult<Scenario> read(Path file) {
        return read(file, DEFAULT_LIMIT_BYTES);
    }

    /** The problems of a scenario built in code (an export, an edited copy) as a file reader would see them. */
    public static ValidationReport validate(Scenario scenario) {
        Problems problems = new Problems();
        ScenarioValidator.validate(scenario, problems);
        return problems.report();
    }

    private static ReadResult<Scenario> fromTree(JsonNode root, Problems problems) {
        Scenario scenario = ScenarioReader.read(root, problems);
        ScenarioValidator.validate(scenario, problems);
        return problems.isEmpty() ? new ReadResult.Valid<>(scenario) : new ReadResult.Invalid<>(problems.report());
    }
}
