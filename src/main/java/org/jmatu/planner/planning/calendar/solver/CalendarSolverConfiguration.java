package org.jmatu.planner.planning.calendar.solver;

import java.time.Duration;
import java.util.List;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.Participation;
import org.jmatu.planner.planning.support.SolveLimits;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calendar's own solver beans (OptaPlanner's auto-configuration handles one solution class; the
 * rotation has its own). Limits: {@code planning.calendar.spent-limit} (default 60 s),
 * {@code planning.calendar.unimproved-spent-limit} (default 15 s); planning conferences default to
 * {@code planning.calendar.conferences.initial-weeks / main-weeks / final-weeks} (12, 8, 4).
 */
@Configuration(proxyBeanMethods = false)
class CalendarSolverConfiguration {

    static final double CHANGE_WEIGHT = 8.0;
    static final double SWAP_WEIGHT = 4.0;
    static final double PLACEMENT_WEIGHT = 1.0;
    static final double EXCHANGE_WEIGHT = 1.0;

    static SolverConfig solverConfig(Duration spentLimit, Duration unimprovedSpentLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(spentLimit);
        if (unimprovedSpentLimit != null && !unimprovedSpentLimit.isZero()) {
            termination.setUnimprovedSpentLimit(unimprovedSpentLimit);
        }
        return new SolverConfig()
                .withSolutionClass(CalendarSolution.class)
                .withEntityClasses(ExerciseAssignment.class, Participation.class)
                .withConstraintProviderClass(CalendarConstraintProvider.class)
                .withTerminationConfig(termination)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(
                        List.of(MostConstrainedFirstConstruction.class)), localSearch());
    }

    /**
     * Late acceptance (OptaPlanner's default acceptor) over the one-variable change and swap moves plus compound
     * moves that set an exercise's dates, area and participants together ({@link PlacementMoveFactory},
     * {@link CapabilityHolderMoveFactory}) and trade companies between two exercises ({@link ExchangeMoveFactory}):
     * single-variable moves alone stall where the only way in is another area in another window with another
     * company, and where a year's exercises must share out its companies another way (docs/benchmarks.md).
     */
    static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(CHANGE_WEIGHT),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(SWAP_WEIGHT),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(PlacementMoveFactory.class)
                        .withFixedProbabilityWeight(PLACEMENT_WEIGHT),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(CapabilityHolderMoveFactory.class)
                        .withFixedProbabilityWeight(PLACEMENT_WEIGHT),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ExchangeMoveFactory.class)
                        .withFixedProbabilityWeight(EXCHANGE_WEIGHT)));
    }

    /** The limits of a calendar solve started in the calendar view. */
    @Bean
    SolveLimits calendarSolveLimits(
            @Value("${planning.calendar.spent-limit:60s}") String spentLimit,
            @Value("${planning.calendar.unimproved-spent-limit:15s}") String unimprovedSpentLimit) {
        return new SolveLimits(DurationStyle.detectAndParse(spentLimit), DurationStyle.detectAndParse(unimprovedSpentLimit));
    }

    @Bean
    SolverFactory<CalendarSolution> calendarSolverFactory(@Qualifier("calendarSolveLimits") SolveLimits limits) {
        return SolverFactory.create(solverConfig(limits.budget(), limits.unimproved()));
    }

    /** Default weeks before an exercise's start of its initial, main and final planning conferences. */
    @Bean
    ConferenceSchedule calendarConferenceSchedule(
            @Value("${planning.calendar.conferences.initial-weeks:12}") int initialWeeks,
            @Value("${planning.calendar.conferences.main-weeks:8}") int mainWeeks,
            @Value("${planning.calendar.conferences.final-weeks:4}") int finalWeeks) {
        return new ConferenceSchedule(initialWeeks, mainWeeks, finalWeeks);
    }

    @Bean
    SolutionManager<CalendarSolution, HardSoftScore> calendarSolutionManager(
            SolverFactory<CalendarSolution> calendarSolverFactory) {
        return SolutionManager.create(calendarSolverFactory);
    }
}
