package org.jmatu.planner.planning.jobs;

/** Names a solve: at most one runs or waits per data set and problem. */
public record SolveKey(String dataSet, PlanningProblem problem) {
}
