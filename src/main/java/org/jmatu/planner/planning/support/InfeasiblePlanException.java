package org.jmatu.planner.planning.support;

/**
 * A plan that breaks a hard rule (or comes from a solve stopped before it was done) was to be published: it is kept
 * only as a draft marked infeasible, and the message says why in a planner's words.
 */
public class InfeasiblePlanException extends IllegalStateException {

    public InfeasiblePlanException(String message) {
        super(message);
    }
}
