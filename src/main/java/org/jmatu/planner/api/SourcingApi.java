package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.sourcing.RequestState;
import org.jmatu.planner.sourcing.SourcingRequest;
import org.jmatu.planner.sourcing.SourcingService;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Force sourcing for other systems: the requests to the nations, a liaison officer's offer or decline, a planner's
 * acceptance. The service checks who may do what; here a request the caller may not read answers exactly as one
 * that does not exist (404), so that a liaison officer learns nothing of another nation's requests.
 */
@RestController
@Tag(name = "Sourcing", description = "Requests to the nations for the slots a published roster leaves open")
class SourcingApi {

    private static final String REQUESTS = "/api/sourcing/requests";

    /** A request as the API shows it; {@code overdue}: open and past its due date. */
    record RequestJson(long id, String post, String title, String section, int period, LocalDate periodStart,
                       LocalDate periodEnd, String rankMin, String rankMax, List<String> skills, int englishMin,
                       List<String> nations, LocalDate dueDate, String priority, String reason, String holder,
                       String state, boolean overdue, String offeredPerson, String offeredNation, String offeredBy,
                       Instant offeredAt, String declinedNation, String declineReason, String closedBy,
                       Instant closedAt) {

        static RequestJson of(SourcingRequest request, LocalDate today) {
            return new RequestJson(request.getId(), request.getPostCode(), request.getPostTitle(),
                    request.getSection(), request.getPeriodIndex(), request.getPeriodStart(), request.getPeriodEnd(),
                    request.getRankMin(), request.getRankMax(), request.skillList(), request.getEnglishMin(),
                    request.nationList(), request.getDueDate(), request.getPriority().name(),
                    request.getReason().name(), request.getHolderCode(), request.getState().name(),
                    request.overdue(today), request.getOfferedPerson(), request.getOfferedNation(),
                    request.getOfferedBy(), request.getOfferedAt(), request.getDeclinedNation(),
                    request.getDeclineReason(), request.getClosedBy(), request.getClosedAt());
        }
    }

    /** A new nominee entered with the offer, of the liaison officer's own nation. */
    record NewNominee(String code, String name, String rank, Integer english, List<String> skills,
                      LocalDate availableFrom, LocalDate availableTo) {
    }

    /** Either one of the nation's nominees by code, or a new nominee. */
    record Offer(String person, NewNominee nominee) {
    }

    record Decline(String reason) {
    }

    private final SourcingService sourcing;
    private final StaffingService staffing;
    private final NationService nations;
    private final Clock clock;

    SourcingApi(SourcingService sourcing, StaffingService staffing, NationService nations, Clock clock) {
        this.sourcing = sourcing;
        this.staffing = staffing;
        this.nations = nations;
        this.clock = clock;
    }

    @GetMapping(REQUESTS)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
    @Operation(summary = "The sourcing requests (a liaison officer: those to their own nation)",
            description = "Pending requests first, overdue ones before the rest, then by priority and due date.")
    @ApiResponse(responseCode = "200", description = "The requests")
    @ApiResponse(responseCode = "400", description = "An unknown state")
    public List<RequestJson> requests(@Parameter(description = "only requests in this state, e.g. OPEN")
                                      @RequestParam(required = false) String state) {
        RequestState wanted = state == null ? null : parseState(state);
        LocalDate today = LocalDate.now(clock);
        return sourcing.requests().stream().filter(request -> wanted == null || request.getState() == wanted)
                .map(request -> RequestJson.of(request, today)).toList();
    }

    @PostMapping(REQUESTS + "/{id}/offers")
    @RolesAllowed(Role.LIAISON_NAME)
    @Operation(summary = "A liaison officer offers a nominee of their nation",
            description = "The body names one of the nation's nominees ({\"person\": \"KGZ-0012\"}) or enters a new"
                    + " one ({\"nominee\": {\"code\", \"name\", \"rank\", \"english\", \"skills\", \"availableFrom\","
                    + " \"availableTo\"}}). Only an eligible nominee is accepted; the answer says why another is not.")
    @ApiResponse(responseCode = "200", description = "The request, now offered")
    @ApiResponse(responseCode = "400", description = "Neither a person nor a new nominee given")
    @ApiResponse(responseCode = "404", description = "No such request, or it is not addressed to your nation")
    @ApiResponse(responseCode = "409", description = "The request is no longer open")
    @ApiResponse(responseCode = "422", description = "The nominee is not eligible, or the new nominee is incomplete")
    public RequestJson offer(@PathVariable long id, @RequestBody Offer offer) {
        if (offer == null || (offer.person() == null || offer.person().isBlank()) == (offer.nominee() == null)) {
            throw badRequest("Give either \"person\" (a nominee's code) or \"nominee\" (a new nominee), not both.");
        }
        visible(id);
        return answer(() -> offer.person() != null ? sourcing.offer(id, offer.person())
                : sourcing.offerNew(id, nominee(offer.nominee())));
    }

    @PostMapping(REQUESTS + "/{id}/decline")
    @RolesAllowed(Role.LIAISON_NAME)
    @Operation(summary = "A liaison officer declines a request for their nation, with a reason")
    @ApiResponse(responseCode = "200", description = "The request, now declined")
    @ApiResponse(responseCode = "400", description = "No reason given")
    @ApiResponse(responseCode = "404", description = "No such request, or it is not addressed to your nation")
    @ApiResponse(responseCode = "409", description = "The request is no longer open")
    @ApiResponse(responseCode = "422", description = "The reason is too long")
    public RequestJson decline(@PathVariable long id, @RequestBody Decline decline) {
        if (decline == null || decline.reason() == null || decline.reason().isBlank()) {
            throw badRequest("Give the \"reason\" your nation declines.");
        }
        visible(id);
        return answer(() -> sourcing.decline(id, decline.reason()));
    }

    @PostMapping(REQUESTS + "/{id}/accept")
    @RolesAllowed(Role.PLANNER_NAME)
    @Operation(summary = "A planner accepts the offer on a request: the nominee is pinned into the next solve")
    @ApiResponse(responseCode = "200", description = "The request, now accepted")
    @ApiResponse(responseCode = "404", description = "No such request")
    @ApiResponse(responseCode = "409", description = "The request holds no offer")
    public RequestJson accept(@PathVariable long id) {
        visible(id);
        return answer(() -> sourcing.accept(id));
    }

    private void visible(long id) {
        try {
            sourcing.request(id);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            throw ApiProblems.noSuch("There is no sourcing request " + id + " for you.", REQUESTS);
        }
    }

    private RequestJson answer(Supplier<SourcingRequest> act) {
        return RequestJson.of(act.get(), LocalDate.now(clock));
    }

    private Person nominee(NewNominee nominee) {
        Rank rank;
        try {
            rank = nominee.rank() == null ? null : Rank.fromCode(nominee.rank());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rank: '" + nominee.rank() + "' is not a NATO rank");
        }
        Person person = new Person(nominee.code(), nominee.name(),
                CurrentUser.liaisonNation().flatMap(nations::findByCode).orElse(null), rank,
                nominee.english() == null ? 0 : nominee.english(), nominee.availableFrom(), nominee.availableTo());
        person.setSkills(new HashSet<>(staffing.findAllSkills().stream()
                .filter(skill -> nominee.skills() != null && nominee.skills().contains(skill.getCode())).toList()));
        return person;
    }

    private static RequestState parseState(String state) {
        try {
            return RequestState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw badRequest("'" + state + "' is not a request state (OPEN, OFFERED, ACCEPTED, DECLINED, WITHDRAWN).");
        }
    }

    private static ErrorResponseException badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad request");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    @ExceptionHandler
    ProblemDetail notNow(IllegalStateException wrongState) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, wrongState.getMessage());
        problem.setTitle("Not now");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notAccepted(IllegalArgumentException refused) {
        return unprocessable(refused.getMessage());
    }

    @ExceptionHandler
    ProblemDetail incomplete(ConstraintViolationException invalid) {
        return unprocessable(invalid.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage()).sorted()
                .collect(Collectors.joining("; ")));
    }

    private static ProblemDetail unprocessable(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle("Not accepted");
        return problem;
    }
}
