package org.jmatu.planner.planning.calendar;

import org.jmatu.planner.scenario.Scenario;

/**
 * Where the calendar view gets the scenario it plans. The database exporter (module {@code scenario})
 * provides it in production; tests may put their own scenario in its place.
 */
@FunctionalInterface
public interface CalendarScenarioSource {

    Scenario current();
}
