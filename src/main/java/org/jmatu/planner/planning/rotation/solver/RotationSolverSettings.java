package org.jmatu.planner.planning.rotation.solver;

import java.time.Duration;

/** Limits of rotation solves ({@code planning.rotation.*}): time limits, parallel solves, jobs kept at most. */
public record RotationSolverSettings(Duration spentLimit, Duration unimprovedSpentLimit, int parallelSolves,
                                     int maxJobs) {

    public static RotationSolverSettings defaults() {
        return new RotationSolverSettings(Duration.ofSeconds(60), Duration.ofSeconds(15), 1, 4);
    }
}
