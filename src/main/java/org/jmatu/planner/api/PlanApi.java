package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The current plan as a plan file (jmatu-plan/1). */
@RestController
@Tag(name = "Plan", description = "The current plan file")
class PlanApi {

    private final CurrentPlanService plans;

    PlanApi(CurrentPlanService plans) {
        this.plans = plans;
    }

    @GetMapping(path = "/api/plan", produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    @Operation(summary = "The current plan file (planners and commanders)",
            description = "The current plan: the newest published roster and the newest published calendar (never a"
                    + " draft: a part with nothing published is empty), scored against the data as it is now,"
                    + " with the unfilled slots and their reasons.")
    @ApiResponse(responseCode = "200", description = "The plan file",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "404", description = "No planning horizon is set up yet")
    public ResponseEntity<String> current() {
        return ApiMedia.json(PlanFiles.write(plans.current()
                .orElseThrow(() -> ApiProblems.notFound("no-horizon.plan"))));
    }
}
