package org.jmatu.planner.planning;

import java.util.Optional;
import org.jmatu.planner.scenario.Scenario;

/**
 * Where the roster and the calendar get the scenario they plan: in production the data set in use, read from
 * the database by the scenario exporter; tests may put a scenario of their own in its place.
 */
@FunctionalInterface
public interface ScenarioSource {

    /** The scenario of the data in use, or empty while no planning horizon is set up. */
    Optional<Scenario> current();
}
