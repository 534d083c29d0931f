package org.jmatu.planner.planning.rotation.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets consecutive slots of one post to the given holders in one step. Giving a whole stint to one person at
 * once lets the search re-time a hand-over or lengthen a short tour without first passing through the worse
 * roster that changing one slot at a time would produce.
 */
final class StintMove extends AbstractMove<RotationSolution> {

    /** Changes nothing, so it is never doable: what a factory returns when the random pick allows no move. */
    static final StintMove NONE = new StintMove(List.of(), List.of());

    private static final String VARIABLE = "person";

    private final List<RotationSlot> slots;
    private final List<PersonFact> holders;

    StintMove(List<RotationSlot> slots, List<PersonFact> holders) {
        this.slots = slots;
        this.holders = holders;
    }

    /** Gives every slot of {@code slots} to {@code holder}. */
    static StintMove giving(List<RotationSlot> slots, PersonFact holder) {
        List<PersonFact> holders = new ArrayList<>(slots.size());
        slots.forEach(slot -> holders.add(holder));
        return new StintMove(slots, holders);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotationSolution> scoreDirector) {
        for (int i = 0; i < slots.size(); i++) {
            if (!Objects.equals(slots.get(i).getPerson(), holders.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected StintMove createUndoMove(ScoreDirector<RotationSolution> scoreDirector) {
        List<PersonFact> before = new ArrayList<>(slots.size());
        slots.forEach(slot -> before.add(slot.getPerson()));
        return new StintMove(slots, before);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RotationSolution> scoreDirector) {
        for (int i = 0; i < slots.size(); i++) {
            RotationSlot slot = slots.get(i);
            scoreDirector.beforeVariableChanged(slot, VARIABLE);
            slot.setPerson(holders.get(i));
            scoreDirector.afterVariableChanged(slot, VARIABLE);
        }
    }

    @Override
    public StintMove rebase(ScoreDirector<RotationSolution> destinationScoreDirector) {
        List<PersonFact> rebased = new ArrayList<>(holders.size());
        holders.forEach(holder -> rebased.add(holder == null ? null : destinationScoreDirector.lookUpWorkingObject(holder)));
        return new StintMove(rebaseList(slots, destinationScoreDirector), rebased);
    }

    @Override
    public List<RotationSlot> getPlanningEntities() {
        return slots;
    }

    @Override
    public List<PersonFact> getPlanningValues() {
        return holders.stream().filter(Objects::nonNull).distinct().toList();
    }

    @Override
    public String toString() {
        List<String> changes = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            changes.add(slots.get(i).getId() + " -> " + holders.get(i));
        }
        return changes.stream().collect(Collectors.joining(", ", "{", "}"));
    }
}
