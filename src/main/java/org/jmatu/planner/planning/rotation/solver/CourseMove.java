package org.jmatu.planner.planning.rotation.solver;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sends a nominee on an English course and gives them the slot the course qualifies them for, in one step. Either
 * half alone makes the roster worse (a seat that fills nothing costs, a holder without the English breaks rule 2),
 * so single-variable moves rarely find the pair.
 */
final class CourseMove extends AbstractMove<RotationSolution> {

    private static final String VARIABLE = "person";

    private final RotationSlot slot;
    private final PersonFact holder;
    private final CourseSeat seat;
    private final PersonFact attendee;

    CourseMove(RotationSlot slot, PersonFact holder, CourseSeat seat, PersonFact attendee) {
        this.slot = slot;
        this.holder = holder;
        this.seat = seat;
        this.attendee = attendee;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotationSolution> director) {
        return !Objects.equals(slot.getPerson(), holder) || !Objects.equals(seat.getPerson(), attendee);
    }

    @Override
    protected CourseMove createUndoMove(ScoreDirector<RotationSolution> director) {
        return new CourseMove(slot, slot.getPerson(), seat, seat.getPerson());
    }

    @Override
    protected void doMoveOnGenuineVariables(
            ScoreDirector<RotationSolution> director) {
        director.beforeVariableChanged(seat, VARIABLE);
        seat.setPerson(attendee);
        director.afterVariableChanged(seat, VARIABLE);
        director.beforeVariableChanged(slot, VARIABLE);
        slot.setPerson(holder);
        director.afterVariableChanged(slot, VARIABLE);
    }

    @Override
    public CourseMove rebase(ScoreDirector<RotationSolution> destination) {
        return new CourseMove(destination.lookUpWorkingObject(slot), lookUp(destination, holder),
                destination.lookUpWorkingObject(seat), lookUp(destination, attendee));
    }

    private static PersonFact lookUp(ScoreDirector<RotationSolution> director,
                                     PersonFact person) {
        return person == null ? null : director.lookUpWorkingObject(person);
    }

    @Override
    public List<Object> getPlanningEntities() {
        return List.of(slot, seat);
    }

    @Override
    public List<PersonFact> getPlanningValues() {
        return Stream.of(holder, attendee).filter(Objects::nonNull).distinct().toList();
    }

    @Override
    public String toString() {
        return "{" + slot.getId() + " -> " + holder + ", " + seat.getId() + " -> " + attendee + "}";
    }
}
