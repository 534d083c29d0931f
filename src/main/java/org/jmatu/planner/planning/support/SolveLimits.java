package org.jmatu.planner.planning.support;

import java.time.Duration;

/**
 * How long a solve may take: at most {@code budget} (building the solver counts), and it ends sooner once it
 * has not found a better plan for {@code unimproved} (zero: never sooner).
 */
public record SolveLimits(Duration budget, Duration unimproved) {
}
