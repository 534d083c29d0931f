package org.jmatu.planner.scenario.generator;

import java.util.List;
import org.jmatu.planner.scenario.Scenario;

/** The benchmark's way to the generator's witness roster, which the generator keeps package-private. */
public final class GeneratorBenchmarkAccess {

    private GeneratorBenchmarkAccess() {
    }

    /** A roster of {@link ScenarioGenerator#generate}'s scenario that fills every active slot and keeps every hard rule. */
    public static List<Scenario.PinnedSlot> witness(Scale scale, long seed) {
        return ScenarioGenerator.generateWithWitness(scale, seed).witnessRoster();
    }
}
