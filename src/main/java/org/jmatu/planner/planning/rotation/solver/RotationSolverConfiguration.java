package org.jmatu.planner.planning.rotation.solver;

import java.time.Duration;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.support.SolveLimits;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rotation problem's own solver beans (the OptaPlanner starter does not run on Spring Boot 4, and the
 * calendar has its own). Limits of a solve started in the roster view come from {@code planning.rotation.*}.
 */
@Configuration(proxyBeanMethods = false)
class RotationSolverConfiguration {

    static final double FILL_CHAIN_WEIGHT = 1.0;

    /** A solver config for the rotation problem that stops after {@code spent}, or {@code unimproved} without a better score. */
    static SolverConfig solverConfig(Duration spent, Duration unimproved) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(spent);
        if (unimproved != null && !unimproved.isZero()) {
            termination.setUnimprovedSpentLimit(unimproved);
        }
        return new SolverConfig()
                .withSolutionClass(RotationSolution.class)
                .withEntityClasses(RotationSlot.class, CourseSeat.class)
                .withConstraintProviderClass(RotationConstraintProvider.class)
                .withTerminationConfig(termination)
                .withPhases(slotConstruction(), seatConstruction(), localSearch());
    }

    /**
     * First fit over the slots with the nominees who qualify without a course ({@link WithoutCourseFilter}): the
     * roster a solve without courses would build, as fast. Course places come from the local search.
     */
    private static ConstructionHeuristicPhaseConfig slotConstruction() {
        String slots = "constructedSlots";
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(RotationSlot.class).withId(slots))
                .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(slots))
                        .withFilterClass(WithoutCourseFilter.class)));
    }

    /**
     * First fit over the course seats (none where no course is offered): the seats that holders already in place
     * (pinned, or from the plan solved again) need; the others stay empty for the course moves.
     */
    private static ConstructionHeuristicPhaseConfig seatConstruction() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(CourseSeat.class)));
    }

    /**
     * Late acceptance (OptaPlanner's default acceptor) over single-slot change and swap moves plus two moves of
     * whole stints: {@link StintMoveFactory} and {@link NationSwapMoveFactory}, and {@link FillChainMoveFactory}'s
     * chains into unfilled slots. Single-slot moves alone stall where a better roster needs a tour re-timed, two
     * command posts to trade nations, or a gap filled by someone who must leave another post (docs/benchmarks.md).
     * {@link CourseMoveFactory} pairs a course seat with the slot it qualifies for, and seats change attendee on
     * their own; without courses neither has a move, and the search runs as it did before courses.
     */
    static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(RotationSlot.class))
                        .withFixedProbabilityWeight(4.0),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(RotationSlot.class))
                        .withFixedProbabilityWeight(4.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(StintMoveFactory.class)
                        .withFixedProbabilityWeight(1.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(NationSwapMoveFactory.class)
                        .withFixedProbabilityWeight(1.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(FillChainMoveFactory.class)
                        .withFixedProbabilityWeight(FILL_CHAIN_WEIGHT),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(CourseMoveFactory.class)
                        .withFixedProbabilityWeight(1.0),
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(CourseSeat.class))
                        .withFixedProbabilityWeight(1.0)));
    }

    /** The limits of a roster solve started in the roster view. */
    @Bean
    SolveLimits rotationSolveLimits(
            @Value("${planning.rotation.spent-limit:PT60S}") Duration spentLimit,
            @Value("${planning.rotation.unimproved-spent-limit:PT15S}") Duration unimprovedSpentLimit) {
        return new SolveLimits(spentLimit, unimprovedSpentLimit);
    }

    @Bean
    SolverFactory<RotationSolution> rotationSolverFactory(@Qualifier("rotationSolveLimits") SolveLimits limits) {
        return SolverFactory.create(solverConfig(limits.budget(), limits.unimproved()));
    }

    @Bean
    SolutionManager<RotationSolution, HardMediumSoftScore> rotationSolutionManager(
            SolverFactory<RotationSolution> rotationSolverFactory) {
        return SolutionManager.create(rotationSolverFactory);
    }
}
