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

    /** Stops the local search phase after {@code steps} steps (the solver's time limit still holds). */
    public static void limitSteps(SolverConfig config, long steps) {
        if (config.getPhaseConfigList() == null || !(config.getPhaseConfigList().getLast() instanceof LocalSearchPhaseConfig localSearch)) {
            throw new IllegalArgumentException("steps needs a variant with its own local search phase");
        }
        localSearch.setTerminationConfig(new org.optaplanner.core.config.solver.termination.TerminationConfig()
                .withStepCountLimit((int) steps));
    }

    /**
     * A variant for experiments: {@code shipped}; {@code earlier} (OptaPlanner's default phases, the configuration
     * before issue 13); {@code w=C:S:P:H} (the shipped phases with these weights of change, swap, placement and
     * capability-holder moves, 0 leaves a selector out; an optional fifth weight is that of the exchange moves, left out
     * when absent, and a sixth adds swaps of two exercises' areas); {@code w=...+la=N} the same with a late acceptance
     * size of N (OptaPlanner's default 400).
     */
    public static SolverConfig variant(String variant, Duration spent) {
        SolverConfig shipped = shippedConfig(spent);
        if (variant == null || variant.equals("shipped")) {
            return shipped;
        }
        if (variant.equals("earlier")) {
            return shipped.withPhases();
        }
        if (variant.contains("+")) { // "w=...+la=N": weights and a late acceptance size
            String[] parts = variant.split("\\+");
            SolverConfig config = variant(parts[0], spent);
            ((LocalSearchPhaseConfig) config.getPhaseConfigList().getLast()).setAcceptorConfig(
                    new org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig()
                            .withLateAcceptanceSize(Integer.parseInt(parts[1].substring(3))));
            return config;
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
            if (w.length > 4 && Double.parseDouble(w[4]) > 0) {
                selectors.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ExchangeMoveFactory.class)
                        .withFixedProbabilityWeight(Double.parseDouble(w[4])));
            }
            if (w.length > 5 && Double.parseDouble(w[5]) > 0) { // swap of the areas only of two exercises
                selectors.add(new SwapMoveSelectorConfig().withEntitySelectorConfig(
                                new org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig(
                                        org.jmatu.planner.planning.calendar.domain.ExerciseAssignment.class))
                        .withVariableNameIncludes("area").withFixedProbabilityWeight(Double.parseDouble(w[5])));
            }
            union.setMoveSelectorList(selectors);
            return shipped.withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(
                    List.of(MostConstrainedFirstConstruction.class)), new LocalSearchPhaseConfig().withMoveSelectorConfig(union));
        }
        throw new IllegalArgumentException("unknown calendar variant " + variant);
    }
}
