package org.jmatu.planner.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jmatu.planner.scenario.ScenarioFiles;
import org.jmatu.planner.scenario.ValidationReport;

/**
 * Reads a file sent as the request body, never more than the files' size limit: a body that says it is
 * larger is refused without reading it, one without a length is read only one byte past the limit.
 */
final class RequestFiles {

    static final long LIMIT_BYTES = ScenarioFiles.DEFAULT_LIMIT_BYTES;

    private RequestFiles() {
    }

    /** The body as text; a body that is not UTF-8 is a bad file, not one to guess at. */
    static String text(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > LIMIT_BYTES) {
            throw new FileTooLargeException(LIMIT_BYTES);
        }
        byte[] bytes;
        try (InputStream body = request.getInputStream()) {
            bytes = body.readNBytes((int) LIMIT_BYTES + 1);
        }
        if (bytes.length > LIMIT_BYTES) {
            throw new FileTooLargeException(LIMIT_BYTES);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadFileException("The file is not UTF-8 text.", ValidationReport.of("file", "", "is not UTF-8 text"));
        }
    }
}
