package org.jmatu.planner.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.file.ValidationReport;
import org.jmatu.planner.shared.Message;

/**
 * Reads a file sent as the request body, never more than the files' size limit into memory: a body that says
 * it is larger is refused without being read, one without a length once it passes the limit.
 */
final class RequestFiles {

    static final long LIMIT_BYTES = ScenarioFiles.DEFAULT_LIMIT_BYTES;
    /**
     * How much of a refused body is still taken in (and dropped), so that the client can finish sending and
     * read the refusal: a server that closes the connection on unsent data loses its answer with it.
     */
    static final long DRAIN_BYTES = 64L * 1024 * 1024;

    private RequestFiles() {
    }

    /** The body as text; a body that is not UTF-8 is a bad file, not one to guess at. */
    static String text(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            if (request.getContentLengthLong() > LIMIT_BYTES) {
                throw tooLarge(body);
            }
            byte[] bytes = body.readNBytes((int) LIMIT_BYTES + 1);
            if (bytes.length > LIMIT_BYTES) {
                throw tooLarge(body);
            }
            return utf8(bytes);
        }
    }

    private static FileTooLargeException tooLarge(InputStream body) throws IOException {
        byte[] dropped = new byte[64 * 1024];
        long drained = 0;
        int read;
        while (drained < DRAIN_BYTES && (read = body.read(dropped)) != -1) {
            drained += read;
        }
        return new FileTooLargeException(LIMIT_BYTES);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadFileException(ValidationReport.of("file", "", Message.of("file.not-utf8")), "bad-file.not-utf8");
        }
    }
}
