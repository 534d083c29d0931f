package org.jmatu.planner.planning.rotation;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Solves a rotation problem in the calling thread without any Spring bean (for the command line): stops at
 * {@code deadline} (building the solver and loading classes count, so a time budget holds) once the first
 * complete solution is built (that is finished even past the deadline, within 30 s), or earlier after
 * {@code unimproved} without a better score, and tells {@code onBest} of each new best solution (on the
 * calling thread).
 */
public final class RotationStandaloneSolver {

    private RotationStandaloneSolver() {
    }

    public static RotationSolution solve(RotationSolution problem, Instant deadline, Duration unimproved,
                                         Consumer<RotationSolution> onBest) {
        Duration left = Duration.between(Instant.now(), deadline);
        // The spent limit only backs the deadline up; a late start still gets the time to finish a first plan.
        Duration spent = Duration.ofMillis(Math.max(30_000, left.toMillis()));
        Solver<RotationSolution> solver = SolverFactory.<RotationSolution>create(
                RotationSolverConfiguration.solverConfig(spent, unimproved)).buildSolver();
        AtomicBoolean complete = new AtomicBoolean();
        solver.addEventListener(event -> {
            complete.compareAndSet(false, event.getNewBestScore().isSolutionInitialized());
            onBest.accept(event.getNewBestSolution());
        });
        // The spent limit runs from solve(), after the solver was built: the deadline is kept from outside.
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rotation-deadline");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleAtFixedRate(() -> {
            // A first complete plan is always finished: an unfinished one (most slots empty) helps nobody.
            if (!Instant.now().isBefore(deadline) && complete.get() && solver.isSolving()) {
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
