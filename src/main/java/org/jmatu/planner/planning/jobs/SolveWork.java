package org.jmatu.planner.planning.jobs;

/** The solving itself, run on a job's thread in the data set and as the user that started it. */
@FunctionalInterface
public interface SolveWork<P> {

    P solve(SolveProgress<P> progress);
}
