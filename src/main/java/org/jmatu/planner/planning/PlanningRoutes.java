package org.jmatu.planner.planning;

/** Routes of the planning views that other views link to by name, so that no view imports another's class. */
public final class PlanningRoutes {

    /** Two versions of the roster or of the calendar side by side; {@code ?plan=calendar} opens the calendar's. */
    public static final String COMPARE_VERSIONS = "compare-versions";

    private PlanningRoutes() {
    }
}
