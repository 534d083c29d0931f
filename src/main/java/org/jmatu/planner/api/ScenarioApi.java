package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.datasets.ScenarioImport;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scenario file of the data (docs/file-formats.md, jmatu-scenario/1): exported from the data set of the call,
 * imported into a new data set of its own, so an import never changes data anyone works on.
 */
@RestController
@RequestMapping("/api/scenario")
@Tag(name = "Scenario", description = "The scenario file of the data: export and import")
class ScenarioApi {

    private final ScenarioExporter exporter;
    private final DataSetService dataSets;

    ScenarioApi(ScenarioExporter exporter, DataSetService dataSets) {
        this.exporter = exporter;
        this.dataSets = dataSets;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    @Operation(summary = "Export the scenario file (planners and commanders)",
            description = "The data as a jmatu-scenario/1 file, the same as the views' download.")
    @ApiResponse(responseCode = "200", description = "The scenario file",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "404", description = "No planning horizon is set up yet")
    public ResponseEntity<String> export() {
        return ApiMedia.json(ScenarioFiles.write(exporter.forFile()
                .orElseThrow(() -> ApiProblems.notFound("no-horizon.scenario"))));
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Role.PLANNER_NAME)
    @Operation(summary = "Import a scenario file as a new data set (planners)",
            description = "The body is a jmatu-scenario/1 file. A valid file becomes a new data set of the given name"
                    + " (choose it for later calls with the X-Data-Set header); a file with any problem is refused"
                    + " with every problem listed, and nothing is stored. No existing data changes.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
    @ApiResponse(responseCode = "201", description = "The new data set")
    @ApiResponse(responseCode = "409", description = "A data set of this name exists already")
    @ApiResponse(responseCode = "413", description = "The file is over 20 MB")
    @ApiResponse(responseCode = "422", description = "The file or the name has problems: every one, nothing stored")
    public ResponseEntity<DataSet> importScenario(
            @Parameter(description = "the new data set's name, e.g. \"Brigade what-if 2028\"") @RequestParam String name,
            HttpServletRequest request) throws IOException {
        String file = RequestFiles.text(request);
        dataSets.all().stream().filter(dataSet -> dataSet.name().equalsIgnoreCase(name.strip())).findFirst()
                .ifPresent(taken -> {
                    throw ApiProblems.conflict("data-set-taken", taken.name());
                });
        ScenarioImport imported = dataSets.importScenario(name, file);
        DataSet created = imported.created()
                .orElseThrow(() -> new BadFileException(imported.report(), "bad-file.nothing-imported"));
        return ResponseEntity.created(URI.create("/api/data-sets/" + created.key())).body(created);
    }
}
