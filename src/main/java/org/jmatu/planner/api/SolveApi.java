package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import org.jmatu.planner.planning.PlanSolveService;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.jobs.SolveRefusedException;
import org.jmatu.planner.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A background solve of the whole plan (roster, then calendar): start, follow, stop. */
@RestController
@RequestMapping("/api/solve")
@Tag(name = "Solve", description = "Solve the roster and the calendar in the background")
class SolveApi {

    private final PlanSolveService solves;

    SolveApi(PlanSolveService solves) {
        this.solves = solves;
    }

    @PostMapping
    @RolesAllowed(Role.PLANNER_NAME)
    @Operation(summary = "Start a solve (planners)",
            description = "Solves the saved data as it is when the solve begins, the rotation roster first and then the exercise calendar,"
                    + " within the time limit (planner.api.solve-budget, 60 s by default). The plan is checked and"
                    + " saved as a new draft roster version and a new draft calendar; nothing saved is replaced. It runs"
                    + " on whichever instance sharing the database has room; while all solves are busy"
                    + " (planner.solve.max-concurrent, across all instances) it waits in a queue; the status gives"
                    + " its place.")
    @ApiResponse(responseCode = "202", description = "Queued or started; follow it with GET /api/solve")
    @ApiResponse(responseCode = "404", description = "No planning horizon is set up yet")
    @ApiResponse(responseCode = "409", description = "A solve of this data set is still waiting or running (on any"
            + " instance)")
    public ResponseEntity<SolveStatus> start() {
        try {
            SolveJob<PlanSolveService.Outcome> job = solves.start();
            return ResponseEntity.accepted().location(URI.create("/api/solve")).body(status(job));
        } catch (PlanSolveService.NoHorizonException none) {
            throw ApiProblems.notFound("no-horizon.solve");
        } catch (SolveRefusedException running) {
            throw ApiProblems.conflict("solve-running", running.getMessage());
        }
    }

    @GetMapping
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    @Operation(summary = "The latest solve's status (planners and commanders)",
            description = "The newest solve of the data set, from any instance: queued (with its place), running,"
                    + " finished, stopped, cancelled, failed or interrupted (the instance running it stopped: its"
                    + " plan is lost, `error` says so); the time it took; each part's best score so far;"
                    + " once ended, the combined score, whether the plan keeps every hard rule (the broken ones if"
                    + " not), the ids of the drafts it was saved as and whether they were kept marked infeasible"
                    + " (never published, never the current plan), and the causes proven from the data why no plan"
                    + " keeping every hard rule exists (`causes`: rule, exercise or post and period, reason).")
    @ApiResponse(responseCode = "200", description = "The status")
    @ApiResponse(responseCode = "404", description = "No solve of this data set was ever started")
    public SolveStatus status() {
        return status(latest());
    }

    @DeleteMapping
    @RolesAllowed(Role.PLANNER_NAME)
    @Operation(summary = "Stop the running solve early, or take a waiting one out of the queue (planners)",
            description = "Works on any instance, whichever runs the solve (it hears of the stop within a second)."
                    + " The part being solved stops as soon as it has a complete plan, the calendar is still"
                    + " given its first complete plan, and the best plan so far is checked and saved as drafts.")
    @ApiResponse(responseCode = "202", description = "Stopping; GET /api/solve says when it has stopped")
    @ApiResponse(responseCode = "404", description = "No solve of this data set was ever started")
    @ApiResponse(responseCode = "409", description = "The latest solve has already ended")
    public ResponseEntity<SolveStatus> stop() {
        SolveJob<PlanSolveService.Outcome> job = latest();
        if (!solves.stop()) {
            throw ApiProblems.conflict("solve-ended");
        }
        return ResponseEntity.accepted().body(status(job));
    }

    private SolveJob<PlanSolveService.Outcome> latest() {
        return solves.solves().newest().orElseThrow(
                () -> ApiProblems.notFound("no-solve"));
    }

    private SolveStatus status(SolveJob<PlanSolveService.Outcome> job) {
        return SolveStatus.of(job, solves.solves().queuePosition(job));
    }
}
