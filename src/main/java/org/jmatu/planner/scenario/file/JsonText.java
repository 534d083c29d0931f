package org.jmatu.planner.scenario.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jmatu.planner.shared.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes JSON text for the scenario and plan files: one mapper configured once, so both files
 * are pretty-printed alike and a malformed file is reported with its line and column.
 */
final class JsonText {

    /** Files larger than this are refused before parsing: no real unit comes near it, a mistake or attack might. */
    static final long DEFAULT_LIMIT_BYTES = 20L * 1024 * 1024;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Two-space indent, "\n" on every platform and "name": value, so the same model always gives the same bytes. */
    private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonText() {
    }

    static JsonMapper mapper() {
        return MAPPER;
    }

    static String write(JsonNode node) {
        return WRITER.writeValueAsString(node) + "\n";
    }

    /** The file's text, or null with a problem when it is missing, unreadable or over the limit. */
    static String readFile(Path path, long limitBytes, Problems problems) {
        try {
            long size = Files.size(path);
            if (size > limitBytes) {
                problems.add("file", "", Message.of("file.too-large.size", megabytes(size), megabytes(limitBytes)));
                return null;
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add("file", "", Message.of("file.no-such", path.toString()));
        } catch (IOException | RuntimeException e) {
            // MalformedInputException (not UTF-8) lands here too.
            problems.add("file", "", Message.of("file.unreadable.path", path.toString(), e.getMessage()));
        }
        return null;
    }

    /**
     * The text of an upload, read only up to the limit: a stream has no size to look at first, so reading
     * stops one byte past the limit and the upload is refused.
     */
    static String readStream(InputStream in, long limitBytes, Problems problems) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limitBytes + 1));
            if (bytes.length > limitBytes) {
                problems.add("file", "", Message.of("file.too-large", megabytes(limitBytes)));
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add("file", "", Message.of("file.not-utf8"));
        } catch (IOException e) {
            problems.add("file", "", Message.of("file.unreadable", e.getMessage()));
        }
        return null;
    }

    /** The text's root object, or null with a problem for text over the limit, malformed JSON or a non-object. */
    static JsonNode parse(String text, long limitBytes, Problems problems) {
        // Compared in chars first so that a huge string is not encoded just to be refused.
        if (text.length() > limitBytes || text.getBytes(StandardCharsets.UTF_8).length > limitBytes) {
            problems.add("file", "", Message.of("file.too-large", megabytes(limitBytes)));
            return null;
        }
        if (text.isBlank()) {
            problems.add("file", "", Message.of("file.empty"));
            return null;
        }
        try {
            JsonNode root = MAPPER.readTree(withoutByteOrderMark(text));
            if (root == null || !root.isObject()) {
                problems.add("file", "", Message.of("file.not-json-object", JsonFields.describe(root)));
                return null;
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            problems.add("file", "", at == null || at == TokenStreamLocation.NA
                    ? Message.of("file.malformed", reason(e))
                    : Message.of("file.malformed.at", at.getLineNr(), at.getColumnNr(), reason(e)));
            return null;
        }
    }

    /** Editors on Windows start UTF-8 files with a byte order mark; it is no part of the JSON. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    /**
     * Jackson's reason in words a planner can act on: its limits and its trailing-token check name the parser's
     * own classes and settings, which mean nothing to the person who has to fix the file. Jackson's other reasons
     * ("Unexpected character ('}' (code 125))") are given as Jackson words them, in English.
     */
    private static Object reason(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return Message.of("file.json.too-deep");
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            return Message.of("file.json.unreadable");
        }
        if (message.startsWith("Trailing token")) {
            return Message.of("file.json.trailing");
        }
        String line = message.lines().findFirst().orElse(null);
        if (line == null) {
            return Message.of("file.json.unreadable");
        }
        int internals = line.indexOf(" (start marker at");
        String cut = internals < 0 ? line : line.substring(0, internals);
        return cut.contains("jackson") || cut.contains("`") ? Message.of("file.json.unexpected") : cut;
    }

    /** "20.0": the bundles put the unit after it. */
    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
