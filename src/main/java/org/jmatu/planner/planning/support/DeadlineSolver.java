package org.jmatu.planner.planning.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Solves a planning problem in the calling thread, the one way both problems are solved (a background job's
 * thread, the command line, tests): stops when {@code budget} has passed (building the solver and loading classes
 * count, so a time budget holds), or as soon as a stop is requested, once the first complete solution is built
 * (that is finished even past the budget, within 30 s), or earlier when the configuration's own limits end it.
 * Each new best is reported with its score; its plan is mapped for watchers at most four times a second.
 * Gives the final best as its plan.
 */
public final class DeadlineSolver {

    private static final long PLAN_EVERY_NANOS = 250_000_000L;

    private DeadlineSolver() {
    }

    /**
     * @param configWithSpentLimit builds the problem's solver configuration for a given spent limit
     * @param part                 the part's name in the progress ("rotation" or "calendar")
     */
    public static <S, P> P solve(Function<Duration, SolverConfig> configWithSpentLimit, S problem, Duration budget,
                                 SolveProgress<P> progress, Function<S, P> toPlan, Function<S, String> score,
                                 String part) {
        Instant deadline = Instant.now().plus(budget);
        // The spent limit only backs the deadline up; a late start still gets the time to finish a first plan.
        Duration spent = Duration.ofMillis(Math.max(30_000, budget.toMillis()));
        Solver<S> solver = SolverFactory.<S>create(configWithSpentLimit.apply(spent)).buildSolver();
        AtomicBoolean complete = new AtomicBoolean();
        AtomicLong lastPlan = new AtomicLong(System.nanoTime() - PLAN_EVERY_NANOS);
        solver.addEventListener(event -> {
            complete.compareAndSet(false, event.getNewBestScore().isSolutionInitialized());
            long now = System.nanoTime();
            boolean map = now - lastPlan.get() >= PLAN_EVERY_NANOS;
            if (map) {
                lastPlan.set(now);
            }
            S best = event.getNewBestSolution();
            progress.improved(part, map ? toPlan.apply(best) : null, score.apply(best));
        });
        // The spent limit runs from solve(), after the solver was built: the deadline is kept from outside.
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, part + "-deadline");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleAtFixedRate(() -> {
            // A first complete plan is always finished: an unfinished one (most slots empty) helps nobody.
            boolean due = progress.stopRequested() || !Instant.now().isBefore(deadline);
            if (due && complete.get() && solver.isSolving()) {
                solver.terminateEarly();
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
        try {
            S best = solver.solve(problem);
            P plan = toPlan.apply(best);
            progress.improved(part, plan, score.apply(best));
            return plan;
        } finally {
            watch.shutdownNow();
        }
    }
}
