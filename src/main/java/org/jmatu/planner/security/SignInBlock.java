package org.jmatu.planner.security;

import java.time.Duration;
import java.time.Instant;

/**
 * An account or client address that may not sign in until {@code until}: for a short, growing delay after a few
 * failures, or {@code locked} for longer after many. {@code subject} reads "account planner" or
 * "address 10.0.0.7".
 */
public record SignInBlock(String subject, int failures, Instant until, boolean locked) {

    /** Whole minutes, rounded up, for "try again in N minutes". */
    public static long minutesLeft(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
