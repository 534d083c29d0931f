package org.jmatu.planner.api;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How the API sends the files of docs/file-formats.md: JSON text in UTF-8, as the readers and views write it. */
final class ApiMedia {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private ApiMedia() {
    }

    static ResponseEntity<String> json(String text) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(text);
    }
}
