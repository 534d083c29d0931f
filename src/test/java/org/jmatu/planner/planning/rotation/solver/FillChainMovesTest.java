package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.KAZ;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.anyPost;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.person;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.slot;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.generator.PlantedScenarios;
import org.jmatu.planner.scenario.generator.Scale;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.move.Move;

/** The fill-chain moves: a gap whose only nominee holds another post is filled through that post. */
class FillChainMovesTest {

    @Test
    void gapWhoseOnlyNomineeHoldsAnotherPostIsFilledThroughThatPost() {
        PersonFact busy = person("KAZ-1", KAZ);
        PersonFact free = person("KAZ-2", KAZ);
        PostFact j2 = anyPost("J2");
        PostFact j3 = anyPost("J3");
        RotationSlot gap = slot(j2, 0, null);
        gap.setNominees(new ArrayList<>(List.of(busy)));
        RotationSlot held = slot(j3, 0, busy);
        held.setNominees(new ArrayList<>(List.of(busy, free)));
        RotationSolution solution = new RotationSolution("test", 14, List.of(), List.of(KAZ), List.of(j2, j3),
                List.of(busy, free), List.of(gap, held));
        @SuppressWarnings("unchecked")
        ScoreDirector<RotationSolution> scoreDirector = mock(ScoreDirector.class);
        when(scoreDirector.getWorkingSolution()).thenReturn(solution);
        FillChainMoveFactory factory = new FillChainMoveFactory();
        factory.phaseStarted(scoreDirector);

        StintMove move = factory.createRandomMoveIterator(scoreDirector, new Random(3)).next();
        Move<RotationSolution> undo = move.doMove(scoreDirector);

        assertThat(gap.getPerson()).isEqualTo(busy);
        assertThat(held.getPerson()).isEqualTo(free);
        undo.doMove(scoreDirector);
        assertThat(gap.getPerson()).isNull();
        assertThat(held.getPerson()).isEqualTo(busy);
    }

    @Test
    void noMovesWhereEverySlotIsFilled() {
        PersonFact holder = person("KAZ-1", KAZ);
        PostFact j2 = anyPost("J2");
        RotationSlot filled = slot(j2, 0, holder);
        filled.setNominees(new ArrayList<>(List.of(holder)));
        RotationSolution solution = new RotationSolution("test", 14, List.of(), List.of(KAZ), List.of(j2),
                List.of(holder), List.of(filled));
        @SuppressWarnings("unchecked")
        ScoreDirector<RotationSolution> scoreDirector = mock(ScoreDirector.class);
        when(scoreDirector.getWorkingSolution()).thenReturn(solution);
        FillChainMoveFactory factory = new FillChainMoveFactory();
        factory.phaseStarted(scoreDirector);

        assertThat(factory.createRandomMoveIterator(scoreDirector, new Random(3)).hasNext()).isFalse();
    }

    @Test
    void fillChainMovesKeepIncrementalScoreCorrect() {
        SolverConfig config = RotationSolverConfiguration.solverConfig(Duration.ofMinutes(2), Duration.ZERO)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT).withRandomSeed(4L)
                .withPhases(new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                new ChangeMoveSelectorConfig(),
                                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(FillChainMoveFactory.class)))
                        .withTerminationConfig(new TerminationConfig().withStepCountLimit(200)));
        // no construction: every slot starts unfilled (a valid value), so the chains have gaps to work on, and the
        // trap's slots need chains once their neighbours are filled
        RotationSolution solved = SolverFactory.<RotationSolution>create(config).buildSolver()
                .solve(RotationMapper.toSolution(PlantedScenarios.generate(Scale.BATTALION, 6, false).scenario()));
        assertThat(solved.getScore().mediumScore()).isGreaterThan(-solved.getSlots().size());
    }
}
