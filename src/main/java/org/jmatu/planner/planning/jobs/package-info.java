/**
 * Background solves, one component for every caller (the roster and calendar views, the HTTP API) and every
 * instance sharing the database: a solve is a job of a data set and a problem, not of the page or the instance that
 * started it. Its row in the table {@code solve_job} makes it one per data set and problem across the instances,
 * puts it in one queue under one cap ({@code planner.solve.max-concurrent} running at once, the rest waiting with
 * their position shown) and lets every instance show it (state, best score, who started it) and stop it. The API's
 * solves run through Quartz's clustered job store on whichever instance has room; a view's solve runs on the
 * instance serving the view. A solve keeps running when the page closes, keeps its finished plan (on the instance
 * that ran it) until the next solve of the same key. When its instance dies, an API solve is run again by another
 * instance, a view's solve is marked interrupted.
 */
@org.springframework.modulith.NamedInterface("jobs")
package org.jmatu.planner.planning.jobs;
