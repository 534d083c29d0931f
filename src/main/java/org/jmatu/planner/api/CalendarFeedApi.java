package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.NationService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The liaison officers' calendar feed: the current exercise calendar as iCalendar, one nation's part. */
@RestController
@Tag(name = "Calendar feed", description = "A nation's exercises and planning conferences as iCalendar")
class CalendarFeedApi {

    private final NationService nations;
    private final CurrentPlanService plans;

    CalendarFeedApi(NationService nations, CurrentPlanService plans) {
        this.nations = nations;
        this.plans = plans;
    }

    @GetMapping("/api/calendar/{nation}.ics")
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
    @Operation(summary = "A nation's calendar feed (planners, commanders, and that nation's liaison officer)",
            description = "The current calendar's exercises the nation hosts or sends a company to, with their"
                    + " planning conferences, as iCalendar (RFC 5545) for a calendar program to subscribe to.")
    @ApiResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = "text/calendar"))
    @ApiResponse(responseCode = "403", description = "A liaison officer asked for another nation's calendar")
    @ApiResponse(responseCode = "404", description = "No nation has this code, or no planning horizon is set up")
    public ResponseEntity<String> feed(@Parameter(description = "the nation's code, e.g. KGZ") @PathVariable String nation) {
        String code = nation.toUpperCase(Locale.ROOT);
        if (nations.findByCode(code).isEmpty()) {
            throw ApiProblems.notFound("No nation has the code '" + nation + "'.");
        }
        CurrentUser.liaisonNation().filter(own -> !own.equals(code)).ifPresent(own -> {
            throw new AccessDeniedException("A liaison officer reads only their own nation's calendar (" + own + ").");
        });
        String ics = plans.calendarIcs(code)
                .orElseThrow(() -> ApiProblems.notFound("No planning horizon is set up yet, so there is no calendar."));
        return ResponseEntity.ok().contentType(ApiMedia.CALENDAR).body(ics);
    }
}
