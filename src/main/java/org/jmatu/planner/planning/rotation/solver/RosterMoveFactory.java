package org.jmatu.planner.planning.rotation.solver;

import java.util.Iterator;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * What the rotation's custom move factories share: a {@link SlotIndex} of the working solution, built when a
 * phase starts, and random selection only. Public because OptaPlanner instantiates the factories by reflection.
 */
public abstract class RosterMoveFactory implements MoveIteratorFactory<RotationSolution, StintMove> {

    private SlotIndex index = SlotIndex.EMPTY;

    SlotIndex index() {
        return index;
    }

    @Override
    public void phaseStarted(ScoreDirector<RotationSolution> scoreDirector) {
        index = new SlotIndex(scoreDirector.getWorkingSolution().getSlots());
    }

    @Override
    public void phaseEnded(ScoreDirector<RotationSolution> scoreDirector) {
        index = SlotIndex.EMPTY;
    }

    @Override
    public Iterator<StintMove> createOriginalMoveIterator(ScoreDirector<RotationSolution> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " selects its moves at random only.");
    }
}
