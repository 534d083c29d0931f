package org.jmatu.planner.planning.jobs;

import java.util.Optional;
import java.util.function.Consumer;
import org.jmatu.planner.datasets.DataSetContext;

/**
 * One problem's background solves in the data set in use: what each problem's solver service offers its callers,
 * which guard it with their roles.
 *
 * @param <P> the plan the problem's solves give
 */
public final class ProblemSolves<P> {

    private final SolveJobs jobs;
    private final PlanningProblem problem;

    public ProblemSolves(SolveJobs jobs, PlanningProblem problem) {
        this.jobs = jobs;
        this.problem = problem;
    }

    /**
     * Queues {@code work} to run on this instance.
     *
     * @throws SolveRefusedException while a solve of the data set's problem waits or runs on any instance
     */
    public SolveJob<P> start(SolveWork<P> work) {
        return jobs.start(key(), work);
    }

    /**
     * Queues the problem's portable solve ({@link SolveJobs#runAnywhere}), for whichever instance has room.
     *
     * @throws SolveRefusedException while a solve of the data set's problem waits or runs on any instance
     */
    public SolveJob<P> start() {
        return jobs.start(key());
    }

    /** The newest solve, running or ended. */
    public Optional<SolveJob<P>> newest() {
        return jobs.newest(key());
    }

    /** Stops the running solve (on any instance), keeping its best plan, or takes a waiting one out of the queue. */
    public boolean stop() {
        return jobs.stop(key());
    }

    /** 1 for the next to run, 0 when it is not waiting. */
    public int queuePosition(SolveJob<?> job) {
        return jobs.queuePosition(job);
    }

    /** Hears of every solve of the data set's problem, those started later by anyone included. */
    public Runnable watch(Consumer<SolveJob<P>> watcher) {
        return jobs.watch(key(), watcher);
    }

    private SolveKey key() {
        return new SolveKey(DataSetContext.current(), problem);
    }
}
