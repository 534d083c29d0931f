package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** Runs the solver in FULL_ASSERT: every incremental score is checked against a full recalculation. */
class RotationScoreIntegrityTest {

    @Test
    void incrementalScoreMatchesFullRecalculation() {
        Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, 2);
        RotationSolution problem = RotationMapper.toSolution(battalion);
        // a pin, so that pinned entities take part; moves explore double bookings (duplicate periods in runs)
        PersonFact someone = problem.getSlots().get(5).getNominees().getFirst();
        problem.getSlots().get(5).pin(someone);
        SolverConfig config = RotationSolverConfiguration.solverConfig(Duration.ofSeconds(6), Duration.ZERO)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        RotationSolution solved = SolverFactory.<RotationSolution>create(config).buildSolver().solve(problem);
        assertThat(solved.getScore()).isNotNull();
    }

    /**
     * With English courses, small enough for the local search to run under FULL_ASSERT: course moves, seat
     * changes and the course constraints keep the score exact.
     */
    @Test
    void incrementalScoreMatchesFullRecalculationWithCourses() {
        ScenarioFixture fixture = ScenarioFixture.withMemberNations().horizon(LocalDate.of(2027, 1, 1), 6, 4, 14);
        for (int post = 1; post <= 3; post++) {
            fixture.post("EN-" + post, "J5", "OF-3", "OF-4", List.of("COUNTERPART"), 3, "FIXED",
                    List.of("KAZ"), null, null);
        }
        for (int person = 1; person <= 6; person++) {
            fixture.person("KAZ-L" + person, "KAZ", "OF-3", List.of("COUNTERPART"), 1 + person % 2,
                    LocalDate.of(2026, 1, 1), LocalDate.of(2028 + person % 3, 12, 31));
        }
        Scenario scenario = fixture.build().withLanguageCourses(List.of(
                new Scenario.LanguageCourse("SPRING", "English 1-2 to 3", LocalDate.of(2027, 1, 11),
                        LocalDate.of(2027, 5, 28), 3, 1, 3, null),
                new Scenario.LanguageCourse("AUTUMN", "English 2-3 to 4", LocalDate.of(2027, 9, 6),
                        LocalDate.of(2027, 12, 17), 2, 2, 4, List.of("KAZ")),
                new Scenario.LanguageCourse("LATE", "English 2 to 3", LocalDate.of(2027, 11, 1),
                        LocalDate.of(2028, 2, 25), 2, 2, 3, List.of("KAZ"))));
        RotationSolution problem = RotationMapper.toSolution(scenario);
        assertThat(problem.getSlots()).anyMatch(slot -> !slot.getQualifiedByCourse().isEmpty());
        // a step limit, not a time limit: full recalculation is slow, and the local search must get its turn
        SolverConfig config = RotationSolverConfiguration.solverConfig(Duration.ofMinutes(2), Duration.ZERO)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        config.getPhaseConfigList().getLast().setTerminationConfig(new TerminationConfig().withStepCountLimit(400));
        RotationSolution solved = SolverFactory.<RotationSolution>create(config).buildSolver().solve(problem);
        assertThat(solved.getScore()).isNotNull();
        assertThat(solved.getSeats()).anyMatch(seat -> seat.getPerson() != null);
    }
}
