package org.jmatu.planner.planning.jobs;

import org.jmatu.planner.shared.Message;

/**
 * A solve was not started: one of the same data set and problem is still waiting or running, on any instance. The
 * message is English (the log, the API); {@link #why()} says the same in the reader's language, for a view.
 */
public class SolveRefusedException extends IllegalStateException {

    private final transient Message why;

    SolveRefusedException(SolveRow active) {
        this(Message.of(active.state() == SolveState.QUEUED ? "solve.refused.waiting" : "solve.refused.running",
                active.requestedBy()));
    }

    private SolveRefusedException(Message why) {
        super(why.english());
        this.why = why;
    }

    public Message why() {
        return why;
    }
}
