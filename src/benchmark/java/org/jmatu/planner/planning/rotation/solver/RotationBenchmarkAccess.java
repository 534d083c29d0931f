package org.jmatu.planner.planning.rotation.solver;

import java.time.Duration;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/** The benchmark's way to the package-private shipped solver configuration (benchmark sources only). */
public final class RotationBenchmarkAccess {

    private RotationBenchmarkAccess() {
    }

    /** The shipped config, with a spent limit and without the unimproved limit, so every run uses its budget. */
    public static SolverConfig shippedConfig(Duration spent) {
        return RotationSolverConfiguration.solverConfig(spent, Duration.ZERO);
    }

    /** {@code shipped}, or {@code nofill}: the shipped config without the fill-chain moves (before issue 13's roster trap). */
    public static SolverConfig variant(String variant, Duration spent) {
        SolverConfig config = shippedConfig(spent);
        if (variant == null || variant.equals("shipped")) {
            return config;
        }
        if (!variant.equals("nofill")) {
            throw new IllegalArgumentException("unknown rotation variant " + variant);
        }
        org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig localSearch = RotationSolverConfiguration.localSearch();
        var union = (org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig)
                localSearch.getMoveSelectorConfig();
        union.setMoveSelectorList(new java.util.ArrayList<>(union.getMoveSelectorList().stream()
                .filter(selector -> !(selector instanceof MoveIteratorFactoryConfig factory
                        && factory.getMoveIteratorFactoryClass() == FillChainMoveFactory.class))
                .toList()));
        config.getPhaseConfigList().set(config.getPhaseConfigList().size() - 1, localSearch);
        return config;
    }
}
