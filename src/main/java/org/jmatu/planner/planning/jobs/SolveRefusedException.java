package org.jmatu.planner.planning.jobs;

/** A solve was not started: one of the same data set and problem is still waiting or running. */
public class SolveRefusedException extends IllegalStateException {

    SolveRefusedException(SolveJob<?> running) {
        super("A solve of this data set, started by " + running.startedBy() + ", is still "
                + (running.state() == SolveState.QUEUED ? "waiting" : "running")
                + ": wait for it to end or stop it first.");
    }
}
