package org.jmatu.planner.planning.calendar;

import org.jmatu.planner.scenario.Scenario;

/**
 * Where the calendar view gets the scenario it plans. The database exporter (module {@code scenario})
 * is meant to provide this; until it does, {@link CalendarSolverConfiguration} offers the seeded demo
 * calendar of the configured scale.
 */
@FunctionalInterface
public interface CalendarScenarioSource {

    Scenario current();
}
