/**
 * Background solves, one component for every caller (the roster and calendar views, the HTTP API): a solve is a
 * job of a data set and a problem, not of the page that started it. It runs on a bounded pool (at most
 * {@code planner.solve.max-concurrent} at once, the rest wait in a queue with their position shown), keeps
 * running when the page closes, can be watched by anyone allowed to see it (live best score per part) and
 * stopped by any planner, and keeps its finished plan until the next solve of the same key.
 */
@org.springframework.modulith.NamedInterface("jobs")
package org.jmatu.planner.planning.jobs;
