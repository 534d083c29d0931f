package org.jmatu.planner.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.jmatu.planner.scenario.ScenarioFiles;

/**
 * Reads a file sent as the request body, never more than the files' size limit: a body that says it is
 * larger is refused without reading it, one without a length is read only one byte past the limit.
 */
final class RequestFiles {

    static final long LIMIT_BYTES = ScenarioFiles.DEFAULT_LIMIT_BYTES;

    private RequestFiles() {
    }

    static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > LIMIT_BYTES) {
            throw new FileTooLargeException(LIMIT_BYTES);
        }
        try (InputStream body = request.getInputStream()) {
            byte[] bytes = body.readNBytes((int) LIMIT_BYTES + 1);
            if (bytes.length > LIMIT_BYTES) {
                throw new FileTooLargeException(LIMIT_BYTES);
            }
            return bytes;
        }
    }
}
