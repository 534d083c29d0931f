package org.jmatu.planner.planning.rotation;

import java.util.Optional;
import org.jmatu.planner.scenario.Scenario;

/**
 * Where the roster view gets the current scenario. Today a small JPA assembler in this package; when the
 * shared exporter (database to Scenario) lands, an implementation delegating to it replaces that one.
 */
public interface RotationScenarioProvider {

    /** The scenario of the data in the database, or empty when no horizon is set up yet. */
    Optional<Scenario> current();
}
