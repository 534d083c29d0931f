package org.jmatu.planner.planning.calendar.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.Participation;
import org.jmatu.planner.scenario.generator.PlantedScenarios;
import org.jmatu.planner.scenario.generator.Scale;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.move.Move;

/**
 * The calendar's compound moves and construction: incremental scores match full recalculation after every move
 * (FULL_ASSERT, each move alone in the local search), undoing a move restores the calendar, and the moves keep
 * the hard rules they promise.
 */
class CalendarMovesTest {

    @Test
    void placementMovesKeepIncrementalScoreCorrect() {
        solveWithOnly(PlacementMoveFactory.class);
    }

    @Test
    void capabilityHolderMovesKeepIncrementalScoreCorrect() {
        solveWithOnly(CapabilityHolderMoveFactory.class);
    }

    @Test
    void exchangeMovesKeepIncrementalScoreCorrect() {
        solveWithOnly(ExchangeMoveFactory.class);
    }

    @Test
    void exchangeMovesTradeCompaniesBetweenTwoExercisesAndKeepTheDates() {
        CalendarSolution solution = CalendarMapper.toSolution(PlantedScenarios.generate(Scale.BATTALION, 4, false).scenario());
        @SuppressWarnings("unchecked")
        ScoreDirector<CalendarSolution> scoreDirector = mock(ScoreDirector.class);
        when(scoreDirector.getWorkingSolution()).thenReturn(solution);
        new MostConstrainedFirstConstruction().changeWorkingSolution(scoreDirector);
        ExchangeMoveFactory factory = new ExchangeMoveFactory();
        factory.phaseStarted(scoreDirector);
        Iterator<PlacementMove> moves = factory.createRandomMoveIterator(scoreDirector, new Random(2));
        int done = 0;
        for (int i = 0; i < 200; i++) {
            PlacementMove move = moves.next();
            if (!move.isMoveDoable(scoreDirector)) {
                continue;
            }
            assertThat(move.changes()).hasSize(2);
            List<Set<String>> before = new ArrayList<>();
            for (PlacementMove.Change change : move.changes()) {
                assertThat(change.start()).isEqualTo(change.assignment().getStart());
                before.add(companies(change.participations(), null));
            }
            for (int k = 0; k < 2; k++) {
                Set<String> after = companies(move.changes().get(k).participations(), move.changes().get(k).values());
                Set<String> left = new HashSet<>(before.get(k));
                left.removeAll(after);
                Set<String> joined = new HashSet<>(after);
                joined.removeAll(before.get(k));
                assertThat(after).hasSameSizeAs(before.get(k));
                assertThat(left).isNotEmpty().hasSameSizeAs(joined).isSubsetOf(
                        companies(move.changes().get(1 - k).participations(), move.changes().get(1 - k).values()));
                assertThat(joined).isSubsetOf(before.get(1 - k));
            }
            done++;
        }
        assertThat(done).isPositive();
    }

    private static Set<String> companies(List<Participation> participations, List<Boolean> values) {
        Set<String> companies = new HashSet<>();
        for (int i = 0; i < participations.size(); i++) {
            if (values == null ? participations.get(i).isParticipating() : values.get(i)) {
                companies.add(participations.get(i).getCompany().id());
            }
        }
        return companies;
    }

    @Test
    void constructionAndShippedSearchKeepIncrementalScoreCorrectOnAPlantedBrigade() {
        SolverConfig config = CalendarSolverConfiguration.solverConfig(Duration.ofMinutes(2), Duration.ZERO)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT).withRandomSeed(3L);
        config.getPhaseConfigList().getLast().setTerminationConfig(new TerminationConfig().withStepCountLimit(150));
        CalendarSolution best = SolverFactory.<CalendarSolution>create(config).buildSolver()
                .solve(CalendarMapper.toSolution(PlantedScenarios.generate(Scale.BRIGADE, 4, false).scenario()));
        assertThat(best.getScore().isSolutionInitialized()).isTrue();
    }

    private static void solveWithOnly(Class<? extends CalendarMoveFactory> factory) {
        SolverConfig config = CalendarSolverConfiguration.solverConfig(Duration.ofMinutes(2), Duration.ZERO)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT).withRandomSeed(5L)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(
                                List.of(MostConstrainedFirstConstruction.class)),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(factory))
                                .withTerminationConfig(new TerminationConfig().withStepCountLimit(300)));
        // an infeasible instance keeps hard violations around for the moves to work on
        CalendarSolution best = SolverFactory.<CalendarSolution>create(config).buildSolver()
                .solve(CalendarMapper.toSolution(PlantedScenarios.generate(Scale.BATTALION, 2, true).scenario()));
        assertThat(best.getScore().isSolutionInitialized()).isTrue();
    }

    @Test
    void movesChangeDatesAreaAndCompaniesTogetherAndUndoRestoresThem() {
        CalendarSolution solution = CalendarMapper.toSolution(PlantedScenarios.generate(Scale.BRIGADE, 1, false).scenario());
        @SuppressWarnings("unchecked")
        ScoreDirector<CalendarSolution> scoreDirector = mock(ScoreDirector.class);
        when(scoreDirector.getWorkingSolution()).thenReturn(solution);
        new MostConstrainedFirstConstruction().changeWorkingSolution(scoreDirector);
        CalendarOptions options = new CalendarOptions(solution);
        for (CalendarMoveFactory factory : List.of(new PlacementMoveFactory(), new CapabilityHolderMoveFactory())) {
            factory.phaseStarted(scoreDirector);
            Iterator<PlacementMove> moves = factory.createRandomMoveIterator(scoreDirector, new Random(1));
            int done = 0;
            for (int i = 0; i < 300; i++) {
                PlacementMove move = moves.next();
                if (!move.isMoveDoable(scoreDirector)) {
                    continue;
                }
                List<String> before = snapshot(solution);
                Move<CalendarSolution> undo = move.doMove(scoreDirector);
                PlacementMove.Change first = move.changes().getFirst();
                ExerciseAssignment moved = first.assignment();
                int e = options.indexOf(moved);
                assertThat(moved.getStart()).isEqualTo(first.start());
                assertThat(moved.getArea()).isEqualTo(first.area());
                if (move.changes().size() == 1) {
                    // a placement among free companies keeps every hard rule the options know of
                    assertThat(options.broken(e)).as(move.toString()).isFalse();
                }
                undo.doMove(scoreDirector);
                assertThat(snapshot(solution)).isEqualTo(before);
                done++;
            }
            assertThat(done).isPositive();
        }
    }

    private static List<String> snapshot(CalendarSolution solution) {
        List<String> state = new ArrayList<>();
        for (ExerciseAssignment a : solution.getAssignments()) {
            state.add(a.getId() + " " + a.getStart() + " " + a.getArea());
        }
        for (Participation p : solution.getParticipations()) {
            state.add(p.toString());
        }
        return state;
    }
}
