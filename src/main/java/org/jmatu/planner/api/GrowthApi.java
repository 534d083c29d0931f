package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.jmatu.planner.growth.GrowthReport;
import org.jmatu.planner.growth.GrowthService;
import org.jmatu.planner.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The growth phases and the unit's strength period by period. */
@RestController
@Tag(name = "Growth", description = "Growth phases from battalion to brigade and the strength they give")
class GrowthApi {

    private final GrowthService growth;

    GrowthApi(GrowthService growth) {
        this.growth = growth;
    }

    @GetMapping("/api/growth")
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    @Operation(summary = "Growth phases and strength by period (planners and commanders)",
            description = "The phases in order (name, first period, the sections, posts and companies each brings in),"
                    + " the strength in each period (active posts, the nominees they need by sourcing nation and by"
                    + " rank, attached companies and their soldiers, equipment by standard) and what each phase"
                    + " lacks (posts without an eligible nominee, equipment standards no post maintains).")
    @ApiResponse(responseCode = "200", description = "The phases, the strength by period and each phase's shortfall")
    @ApiResponse(responseCode = "404", description = "No planning horizon is set up yet")
    public GrowthReport report() {
        return growth.report()
                .orElseThrow(() -> ApiProblems.notFound("No planning horizon is set up yet, so the unit has no growth."));
    }
}
