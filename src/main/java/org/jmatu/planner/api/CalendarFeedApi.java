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
import org.jmatu.planner.security.LanguagePreference;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.shared.NationService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The liaison officers' calendar feed: the current exercise calendar as iCalendar, one nation's part. */
@RestController
@Tag(name = "Calendar feed", description = "A nation's exercises and planning conferences as iCalendar")
class CalendarFeedApi {

    static final String NO_SUCH_FEED = "no-such-feed";

    private final NationService nations;
    private final CurrentPlanService plans;
    private final LanguagePreference languages;

    CalendarFeedApi(NationService nations, CurrentPlanService plans, LanguagePreference languages) {
        this.nations = nations;
        this.plans = plans;
        this.languages = languages;
    }

    @GetMapping("/api/calendar/{nation}.ics")
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
    @Operation(summary = "A nation's calendar feed (planners, commanders, and that nation's liaison officer)",
            description = "The current calendar's exercises the nation hosts or sends a company to, with their"
                    + " planning conferences, as iCalendar (RFC 5545) for a calendar program to subscribe to. The"
                    + " events' summaries and descriptions are in the language of `lang`, else of the account.")
    @ApiResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = "text/calendar"))
    @ApiResponse(responseCode = "404", description = "No nation has this code, a liaison officer asked for another"
            + " nation's feed (the same answer, so that codes cannot be tried out), or no planning horizon is set up")
    public ResponseEntity<String> feed(@Parameter(description = "the nation's code, e.g. KGZ") @PathVariable String nation,
                                       @Parameter(description = "the events' language: en, ru, zh or kk; without it"
                                               + " the account's language") @RequestParam(required = false) String lang) {
        String code = nation.toUpperCase(Locale.ROOT);
        // another nation's feed is answered like one that does not exist, so that nation codes cannot be tried out
        boolean othersFeed = CurrentUser.liaisonNation().filter(own -> !own.equals(code)).isPresent();
        if (othersFeed || nations.findByCode(code).isEmpty()) {
            throw ApiProblems.noSuch(NO_SUCH_FEED, "/api/calendar");
        }
        Language language = lang == null ? languages.current().orElse(Language.EN) : Language.of(Locale.of(lang));
        String ics = I18n.in(language, () -> plans.calendarIcs(code))
                .orElseThrow(() -> ApiProblems.notFound("no-horizon.calendar"));
        return ResponseEntity.ok().contentType(ApiMedia.CALENDAR).body(ics);
    }
}
