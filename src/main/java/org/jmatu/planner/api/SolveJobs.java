package org.jmatu.planner.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.planning.PlanDraftService;
import org.jmatu.planner.planning.PlanSolver;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The API's background solves: at most one at a time per data set, each solving the data as it was when it
 * started (roster, then calendar, as {@link PlanSolver} does for the command line), checking the plan with the
 * independent checker and saving it as new drafts of that data set as the user who started it. The latest solve of each data set
 * is kept for the status call.
 */
@Component
class SolveJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SolveJobs.class);

    private final ScenarioExporter exporter;
    private final PlanDraftService drafts;
    private final Clock clock;
    private final Duration budget;
    private final Map<String, SolveJob> latest = new ConcurrentHashMap<>();
    private final ExecutorService solvers;

    SolveJobs(ScenarioExporter exporter, PlanDraftService drafts, Clock clock,
              @Value("${planner.api.solve-budget}") Duration budget) {
        this.exporter = exporter;
        this.drafts = drafts;
        this.clock = clock;
        this.budget = budget;
        AtomicInteger count = new AtomicInteger();
        this.solvers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "api-solve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts solving the data set's data; refused while its previous solve is still running. */
    synchronized SolveJob start(String dataSet) {
        latest(dataSet).filter(SolveJob::isRunning).ifPresent(running -> {
            throw ApiProblems.conflict("A solve of this data set, started by " + running.startedBy()
                    + ", is still running: wait for it or stop it (DELETE /api/solve).");
        });
        Scenario scenario = exporter.current()
                .orElseThrow(() -> ApiProblems.notFound("No planning horizon is set up yet, so there is nothing to solve."));
        SolveJob job = new SolveJob(dataSet, CurrentUser.username(), clock.instant());
        latest.put(dataSet, job);
        solvers.execute(DelegatingSecurityContextRunnable.create(
                () -> DataSetContext.runIn(dataSet, () -> solve(job, scenario)), copyOfCurrentUser()));
        return job;
    }

    Optional<SolveJob> latest(String dataSet) {
        return Optional.ofNullable(latest.get(dataSet));
    }

    Instant now() {
        return clock.instant();
    }

    private void solve(SolveJob job, Scenario scenario) {
        try {
            PlanSolver.Result result = PlanSolver.solve(scenario, budget, job::stopRequested, job::progress);
            List<BrokenRule> broken = PlanChecker.check(scenario, result.plan()).stream().map(BrokenRule::of).toList();
            boolean changed = !exporter.current().equals(Optional.of(scenario));
            PlanDraftService.SavedDrafts saved = drafts.saveDrafts(result, "Solved through the HTTP API"
                    + (changed ? "; the data changed while solving, so check it against the data now" : ""));
            job.finish(new SolveStatus.Outcome(result.plan().score(), broken.isEmpty(), broken, saved, changed),
                    clock.instant());
        } catch (RuntimeException e) {
            LOG.error("The API's solve of data set {} failed", job.dataSet(), e);
            job.fail("The solve failed: " + e.getMessage(), clock.instant());
        }
    }

    /** The request's user outlives the request in the solving thread, so the drafts are saved in their name. */
    private static SecurityContext copyOfCurrentUser() {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return copy;
    }

    @Override
    public void destroy() {
        latest.values().forEach(SolveJob::requestStop);
        solvers.shutdownNow();
    }
}
