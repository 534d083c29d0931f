package org.jmatu.planner.planning.rotation;

import org.jmatu.planner.scenario.Scenario;

/**
 * Where the solver tests get unit-sized scenarios. {@link HandMadeScenarios} serves until the shared
 * ScenarioGenerator lands; then an implementation delegating to it can replace it in one line.
 */
interface ScenarioSource {

    Scenario battalion(long seed);

    Scenario brigade(long seed);

    static ScenarioSource current() {
        return new HandMadeScenarios();
    }
}
