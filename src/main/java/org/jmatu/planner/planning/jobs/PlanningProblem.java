package org.jmatu.planner.planning.jobs;

/** What a solve plans: the roster, the calendar, or the whole plan (roster, then calendar) as the API solves it. */
public enum PlanningProblem {
    ROSTER,
    CALENDAR,
    PLAN
}
