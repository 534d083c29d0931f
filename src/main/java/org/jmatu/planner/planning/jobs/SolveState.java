package org.jmatu.planner.planning.jobs;

/** A solve's life: waiting for room, running, then ended in one of five ways. */
public enum SolveState {
    QUEUED,
    RUNNING,
    /** Ended by its own time limit (or because it stopped improving). */
    FINISHED,
    /** Asked to stop: the best plan found so far is its result. */
    STOPPED,
    /** Taken out of the queue before it ran: there is no result. */
    CANCELLED,
    FAILED,
    /** The instance that ran it (or held it in its queue) stopped or stopped answering: its plan is lost. */
    INTERRUPTED;

    public boolean ended() {
        return this != QUEUED && this != RUNNING;
    }
}
