package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jmatu.planner.burden.BurdenSharingService;
import org.jmatu.planner.burden.BurdenYear;
import org.jmatu.planner.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each nation's share of the burden in a year, from the published plan (user guide, "Burden sharing"). */
@RestController
@Tag(name = "Burden sharing", description = "Who contributes what against the agreed funding shares")
class BurdenSharingApi {

    private final BurdenSharingService burden;

    BurdenSharingApi(BurdenSharingService burden) {
        this.burden = burden;
    }

    /**
     * One nation's year: shares are fractions of 1, money in the cost model's currency ({@code balance} positive: the
     * others owe the nation).
     */
    record Row(String nation, int year, String currency, double agreedShare, double contributedShare,
               int personPeriods, int companyDays, int exercisesHosted, int housingPlaceMonths, double staff,
               double exercises, double hosting, double housing, double contributed, double due, double balance) {

        static Row of(BurdenYear year, BurdenYear.NationBurden nation) {
            return new Row(nation.nation(), year.year(), year.currency(), nation.agreedShare(),
                    nation.contributedShare(), nation.personPeriods(), nation.companyDays(), nation.exercisesHosted(),
                    nation.housingPlaceMonths(), nation.staff(), nation.exercises(), nation.hosting(), nation.housing(),
                    nation.contributed(), nation.due(), nation.balance());
        }
    }

    // the year is read as text so that the role check comes first: a liaison officer gets 403, not a 400 for "abc"
    @GetMapping("/api/burden-sharing")
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    @Operation(summary = "Burden sharing in a year (planners and commanders)",
            description = "One row per nation: its agreed funding share and its contributed share (fractions of 1),"
                    + " its contributions in kind (staff person-periods, company-days in exercises, exercises hosted,"
                    + " housing place-months) and in money at the cost model's prices, what its share makes it due"
                    + " and its balance. Counted from the published roster and calendar only.")
    @ApiResponse(responseCode = "200", description = "One row per nation")
    @ApiResponse(responseCode = "400", description = "The year is not a year")
    @ApiResponse(responseCode = "404", description = "No planning horizon is set up, or the year is outside it")
    public List<Row> year(@Parameter(description = "The year, e.g. 2027; the horizon's first year when omitted",
            schema = @Schema(type = "integer")) @RequestParam(required = false) String year) {
        List<Integer> years = burden.years();
        if (years.isEmpty()) {
            throw ApiProblems.notFound("No planning horizon is set up yet, so there is nothing to share.");
        }
        int asked = year == null ? years.getFirst() : parse(year);
        if (!years.contains(asked)) {
            throw ApiProblems.notFound(asked + " is outside the horizon (" + years.getFirst() + "–" + years.getLast()
                    + ").");
        }
        BurdenYear result = burden.year(asked).orElseThrow();
        return result.nations().stream().map(nation -> Row.of(result, nation)).toList();
    }

    private static int parse(String year) {
        try {
            return Integer.parseInt(year.trim());
        } catch (NumberFormatException notANumber) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "'" + year + "' is not a year: give one as YYYY, e.g. 2027.");
            problem.setTitle("Not a year");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, notANumber);
        }
    }
}
