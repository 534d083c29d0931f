package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.Participation;
import java.time.Duration;
import java.util.UUID;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calendar's own solver beans (OptaPlanner's auto-configuration handles one solution class; the
 * rotation has its own). Limits: {@code planning.calendar.spent-limit} (default 60 s),
 * {@code planning.calendar.unimproved-spent-limit} (default 15 s) and
 * {@code planning.calendar.parallel-solves} (default 1); planning conferences default to
 * {@code planning.calendar.conferences.initial-weeks / main-weeks / final-weeks} (12, 8, 4).
 */
@Configuration(proxyBeanMethods = false)
class CalendarSolverConfiguration {

    static SolverConfig solverConfig(Duration spentLimit, Duration unimprovedSpentLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(spentLimit);
        if (unimprovedSpentLimit != null && !unimprovedSpentLimit.isZero()) {
            termination.setUnimprovedSpentLimit(unimprovedSpentLimit);
        }
        return new SolverConfig()
                .withSolutionClass(CalendarSolution.class)
                .withEntityClasses(ExerciseAssignment.class, Participation.class)
                .withConstraintProviderClass(CalendarConstraintProvider.class)
                .withTerminationConfig(termination);
    }

    /** Named, because the rotation has a {@code SolverConfig} bean of its own. */
    @Bean
    SolverConfig calendarSolverConfig(
            @Value("${planning.calendar.spent-limit:60s}") String spentLimit,
            @Value("${planning.calendar.unimproved-spent-limit:15s}") String unimprovedSpentLimit) {
        return solverConfig(DurationStyle.detectAndParse(spentLimit), DurationStyle.detectAndParse(unimprovedSpentLimit));
    }

    @Bean
    SolverFactory<CalendarSolution> calendarSolverFactory(@Qualifier("calendarSolverConfig") SolverConfig calendarSolverConfig) {
        return SolverFactory.create(calendarSolverConfig);
    }

    @Bean(destroyMethod = "close")
    SolverManager<CalendarSolution, UUID> calendarSolverManager(SolverFactory<CalendarSolution> calendarSolverFactory,
            @Value("${planning.calendar.parallel-solves:1}") int parallelSolves) {
        return SolverManager.create(calendarSolverFactory,
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(parallelSolves)));
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
