package org.jmatu.planner.api;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How the API sends the files of the file format (docs/file-formats.md): JSON text in UTF-8, exactly as the readers and the views write it. */
final class ApiMedia {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private ApiMedia() {
    }

    static ResponseEntity<String> json(String text) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(text);
    }
}
