package org.jmatu.planner.planning.calendar.solver;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/** The benchmark's way to the package-private shipped solver configuration (benchmark sources only). */
public final class CalendarBenchmarkAccess {

    private CalendarBenchmarkAccess() {
    }

    /** The shipped config, with a spent limit and without the unimproved limit, so every run uses its budget. */
    public static SolverConfig shippedConfig(Duration spent) {
        return CalendarSolverConfiguration.solverConfig(spent, Duration.ZERO);
    }

    /**
     * A variant for experiments: {@code shipped}; {@code earlier} (OptaPlanner's default phases, the configuration
     * before issue 13); {@code w=C:S:P:H} (the shipped phases with these weights of change, swap, placement and
     * capability-holder moves, 0 leaves a selector out; an optional fifth weight adds swaps of two exercises' areas).
     */
    public static SolverConfig variant(String variant, Duration spent) {
        SolverConfig shipped = shippedConfig(spent);
        if (variant == null || variant.equals("shipped")) {
            return shipped;
        }
        if (variant.equals("earlier")) {
            return shipped.withPhases();
        }
        if (variant.startsWith("w=")) {
            String[] w = variant.substring(2).split(":");
            UnionMoveSelectorConfig union = new UnionMoveSelectorConfig();
            List<org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig> selectors = new java.util.ArrayList<>();
            if (Double.parseDouble(w[0]) > 0) {
                selectors.add(new ChangeMoveSelectorConfig().withFixedProbabilityWeight(Double.parseDouble(w[0])));
            }
            if (Double.parseDouble(w[1]) > 0) {
                selectors.add(new SwapMoveSelectorConfig().withFixedProbabilityWeight(Double.parseDouble(w[1])));
            }
            if (Double.parseDouble(w[2]) > 0) {
                selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(PlacementMoveFactory.class)
                        .withFixedProbabilityWeight(Double.parseDouble(w[2])));
            }
            if (Double.parseDouble(w[3]) > 0) {
                selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(CapabilityHolderMoveFactory.class)
                        .withFixedProbabilityWeight(Double.parseDouble(w[3])));
            }
            if (w.length > 4 && Double.parseDouble(w[4]) > 0) { // swap of the areas only of two exercises
                selectors.add(new SwapMoveSelectorConfig().withEntitySelectorConfig(
                                new org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig(
                                        org.jmatu.planner.planning.calendar.domain.ExerciseAssignment.class))
                        .withVariableNameIncludes("area").withFixedProbabilityWeight(Double.parseDouble(w[4])));
            }
            union.setMoveSelectorList(selectors);
            return shipped.withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(
                    List.of(MostConstrainedFirstConstruction.class)), new LocalSearchPhaseConfig().withMoveSelectorConfig(union));
        }
        throw new IllegalArgumentException("unknown calendar variant " + variant);
    }
}
