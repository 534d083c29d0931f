package org.jmatu.planner.planning.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Solves a planning problem in the calling thread without any Spring bean (for the command line and the HTTP
 * API's background solve): stops at {@code deadline} (building the solver and loading classes count, so a time
 * budget holds), or as soon as {@code stopRequested} says so, once the first complete solution is built (that
 * is finished even past the deadline, within 30 s), or earlier when the configuration's own limits end it, and
 * tells {@code onBest} of each new best solution (on the calling thread).
 */
public final class DeadlineSolver {

    private DeadlineSolver() {
    }

    /** {@code configWithSpentLimit} builds the problem's solver configuration for a given spent limit. */
    public static <S> S solve(Function<Duration, SolverConfig> configWithSpentLimit, S problem, Instant deadline,
                              BooleanSupplier stopRequested, Consumer<S> onBest, String name) {
        Duration left = Duration.between(Instant.now(), deadline);
        // The spent limit only backs the deadline up; a late start still gets the time to finish a first plan.
        Duration spent = Duration.ofMillis(Math.max(30_000, left.toMillis()));
        Solver<S> solver = SolverFactory.<S>create(configWithSpentLimit.apply(spent)).buildSolver();
        AtomicBoolean complete = new AtomicBoolean();
        solver.addEventListener(event -> {
            complete.compareAndSet(false, event.getNewBestScore().isSolutionInitialized());
            onBest.accept(event.getNewBestSolution());
        });
        // The spent limit runs from solve(), after the solver was built: the deadline is kept from outside.
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name + "-deadline");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleAtFixedRate(() -> {
            // A first complete plan is always finished: an unfinished one (most slots empty) helps nobody.
            boolean due = stopRequested.getAsBoolean() || !Instant.now().isBefore(deadline);
            if (due && complete.get() && solver.isSolving()) {
                solver.terminateEarly();
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
        try {
            return solver.solve(problem);
        } finally {
            watch.shutdownNow();
        }
    }
}
