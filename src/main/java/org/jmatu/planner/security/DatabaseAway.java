package org.jmatu.planner.security;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a sign-in that failed because the database could not be reached from one with a wrong password, so that an
 * outage is reported as one (the API's 503, the login page's message) and not as "wrong password".
 */
public final class DatabaseAway {

    private DatabaseAway() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
