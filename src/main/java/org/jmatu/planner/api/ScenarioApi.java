package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.jmatu.planner.scenario.ScenarioExporter;
import org.jmatu.planner.scenario.ScenarioFiles;
import org.jmatu.planner.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The scenario file of the data (SCENARIO.md, jmatu-scenario/1). */
@RestController
@RequestMapping("/api/scenario")
@Tag(name = "Scenario", description = "The scenario file of the data: export and import")
class ScenarioApi {

    private final ScenarioExporter exporter;

    ScenarioApi(ScenarioExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    @Operation(summary = "Export the scenario file (planners and commanders)",
            description = "The data as a jmatu-scenario/1 file, the same as the views' download.")
    @ApiResponse(responseCode = "200", description = "The scenario file",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "404", description = "No planning horizon is set up yet")
    public ResponseEntity<String> export() {
        return ApiMedia.json(ScenarioFiles.write(exporter.current()
                .orElseThrow(() -> ApiProblems.notFound("No planning horizon is set up yet, so there is no scenario."))));
    }
}
