package org.jmatu.planner.planning.jobs;

import java.time.Duration;
import java.time.Instant;

/** One solve as the table {@code solve_job} holds it, for every instance to read. */
record SolveRow(long id, SolveKey key, SolveState state, String requestedBy, String requestedRoles,
                Instant requestedAt, String instance, Instant startedAt, Instant endedAt,
                String bestPart, String bestScore, Duration bestFoundAfter, boolean stopRequested, String message,
                String result) {

    /** What a watcher on another instance would see change. */
    String fingerprint() {
        return id + " " + state + " " + bestScore + " " + stopRequested;
    }
}
