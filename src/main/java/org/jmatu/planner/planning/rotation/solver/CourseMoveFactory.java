package org.jmatu.planner.planning.rotation.solver;

import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link CourseMove}s: a slot that some nominee can hold only after an English course goes to that
 * nominee, who takes a random seat of a course ending in time (displacing its attendee, if any; a seat a planner
 * pinned is never taken). Public because
 * OptaPlanner instantiates it by reflection; a scenario without courses gets no moves from it.
 */
public final class CourseMoveFactory implements MoveIteratorFactory<RotationSolution, CourseMove> {

    private List<RotationSlot> slots = List.of();
    private List<CourseSeat> seats = List.of();

    @Override
    public void phaseStarted(ScoreDirector<RotationSolution> scoreDirector) {
        RotationSolution solution = scoreDirector.getWorkingSolution();
        seats = solution.getSeats().stream().filter(seat -> !seat.isPinned()).toList();
        slots = seats.isEmpty() ? List.of() : solution.getSlots().stream()
                .filter(slot -> !slot.isPinned() && !slot.getQualifiedByCourse().isEmpty()).toList();
    }

    @Override
    public void phaseEnded(ScoreDirector<RotationSolution> scoreDirector) {
        slots = List.of();
        seats = List.of();
    }

    @Override
    public long getSize(ScoreDirector<RotationSolution> scoreDirector) {
        return slots.stream().mapToLong(slot -> slot.getQualifiedByCourse().size()).sum();
    }

    @Override
    public Iterator<CourseMove> createOriginalMoveIterator(ScoreDirector<RotationSolution> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " selects its moves at random only.");
    }

    @Override
    public Iterator<CourseMove> createRandomMoveIterator(ScoreDirector<RotationSolution> scoreDirector,
                                                         Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !slots.isEmpty();
            }

            @Override
            public CourseMove next() {
                RotationSlot slot = slots.get(random.nextInt(slots.size()));
                List<PersonFact> nominees = List.copyOf(slot.getQualifiedByCourse());
                PersonFact nominee = nominees.get(random.nextInt(nominees.size()));
                List<CourseSeat> fitting = seats.stream().filter(seat -> fits(seat, slot, nominee)).toList();
                if (fitting.isEmpty()) { // every seat that would do is pinned to someone else
                    return new CourseMove(slot, slot.getPerson(), seats.getFirst(), seats.getFirst().getPerson());
                }
                CourseSeat seat = fitting.get(random.nextInt(fitting.size()));
                return new CourseMove(slot, nominee, seat, nominee);
            }
        };
    }

    /**
     * A seat of a course that takes the nominee (it admits them and no planner forbade it) and gives the post's
     * English by the slot's hand-over day.
     */
    private static boolean fits(CourseSeat seat, RotationSlot slot, PersonFact nominee) {
        return seat.getCandidates().contains(nominee) && seat.getCourse().qualifiesFor(slot);
    }
}
