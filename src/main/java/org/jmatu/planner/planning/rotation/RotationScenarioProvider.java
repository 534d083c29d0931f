package org.jmatu.planner.planning.rotation;

import java.util.Optional;
import org.jmatu.planner.scenario.Scenario;

/**
 * Where the roster view gets the current scenario: in production the database, through the scenario
 * exporter; tests may put their own scenario in its place.
 */
public interface RotationScenarioProvider {

    /** The scenario of the data in the database, or empty when no horizon is set up yet. */
    Optional<Scenario> current();
}
