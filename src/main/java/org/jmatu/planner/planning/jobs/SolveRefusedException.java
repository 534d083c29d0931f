package org.jmatu.planner.planning.jobs;

/** A solve was not started: one of the same data set and problem is still waiting or running, on any instance. */
public class SolveRefusedException extends IllegalStateException {

    SolveRefusedException(SolveRow active) {
        super("A solve of this data set, started by " + active.requestedBy() + ", is still "
                + (active.state() == SolveState.QUEUED ? "waiting" : "running")
                + ": wait for it to end or stop it first.");
    }
}
