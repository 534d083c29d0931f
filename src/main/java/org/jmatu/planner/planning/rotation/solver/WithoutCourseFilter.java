package org.jmatu.planner.planning.rotation.solver;

import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;

/**
 * Keeps the slots' construction to nominees who qualify without a course. While no seat is taken, a nominee who
 * still needs a course breaks rule 2, so first fit never keeps one and trying them only costs time: at brigade
 * scale the Kazakh officers a course could qualify widen every Kazakh post's value range until construction
 * outlasted the budget (docs/benchmarks.md). {@link CourseMoveFactory} gives them slots with seats in the local
 * search. Public because OptaPlanner instantiates it by reflection.
 */
public final class WithoutCourseFilter implements SelectionFilter<RotationSolution, ChangeMove<RotationSolution>> {

    @Override
    public boolean accept(ScoreDirector<RotationSolution> scoreDirector, ChangeMove<RotationSolution> move) {
        return !(move.getEntity() instanceof RotationSlot slot
                && move.getToPlanningValue() instanceof PersonFact nominee
                && slot.getQualifiedByCourse().contains(nominee));
    }
}
