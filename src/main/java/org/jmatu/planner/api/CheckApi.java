package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.security.Role;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The independent plan checker: a plan file in, the hard rules it breaks out. */
@RestController
@Tag(name = "Check", description = "Check a plan file against the hard rules")
class CheckApi {

    /** What the checker found: feasible when no hard rule is broken. */
    record CheckResult(String scenario, boolean feasible, List<BrokenRule> brokenRules) {
    }

    private final ScenarioExporter exporter;

    CheckApi(ScenarioExporter exporter) {
        this.exporter = exporter;
    }

    @PostMapping(path = "/api/check", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    @Operation(summary = "Check a plan file (planners and commanders)",
            description = "The body is a jmatu-plan/1 file made for the data's scenario; the answer lists every hard"
                    + " rule (1–18 of docs/file-formats.md) it breaks, with the records involved. Nothing is saved.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
    @ApiResponse(responseCode = "200", description = "The broken rules (none: the plan is feasible)")
    @ApiResponse(responseCode = "404", description = "No planning horizon is set up yet")
    @ApiResponse(responseCode = "413", description = "The file is over 20 MB")
    @ApiResponse(responseCode = "422", description = "The file is not a plan file of this scenario: every problem")
    public CheckResult check(HttpServletRequest request) throws IOException {
        Scenario scenario = exporter.current()
                .orElseThrow(() -> ApiProblems.notFound("no-horizon.check"));
        ReadResult<Plan> read = PlanFiles.read(RequestFiles.text(request), scenario);
        if (!read.isValid()) {
            throw new BadFileException(read.report(), "bad-file.not-this-plan", scenario.name());
        }
        List<BrokenRule> broken = PlanChecker.check(scenario, read.value()).stream().map(BrokenRule::of).toList();
        return new CheckResult(scenario.name(), broken.isEmpty(), broken);
    }
}
