package org.jmatu.planner.scenario.database;

import org.jmatu.planner.scenario.Growth;

/**
 * One part of a scenario's {@link Growth} as a module stores it (phases, funding and costs, garrisons), so that the
 * exporter and the loader carry it without knowing the modules that keep it.
 */
public interface GrowthPart {

    /** {@code growth} with this part as stored. */
    Growth read(Growth growth);

    /** Stores this part of {@code growth} in place of what was stored. */
    void write(Growth growth);
}
