package org.jmatu.planner.planning.rotation.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Random {@link StintMove}s that fill an unfilled slot through a chain (an augmenting path of a matching, at most
 * {@value #DEPTH} slots long): a nominee who holds another post in that period moves into the gap, and their post
 * goes to one of its own nominees, who is free or leaves a third post to a free nominee. Where a post's only
 * eligible nominees hold other posts, a change or swap of one slot cannot fill it without opening another gap, so
 * every step of the way is a worse roster (docs/benchmarks.md, the planted corpus's roster trap).
 */
public final class FillChainMoveFactory extends RosterMoveFactory {

    static final int DEPTH = 3;

    @Override
    public long getSize(ScoreDirector<RotationSolution> scoreDirector) {
        return index().open().stream().mapToLong(slot -> slot.getNominees().size()).sum();
    }

    /**
     * The unfilled slots are listed once per step (OptaPlanner asks for a new iterator each step, and a step's moves
     * are undone after evaluation): where there is none, the iterator is empty and the union selects among the
     * other moves only, as if this factory were not configured.
     */
    @Override
    public Iterator<StintMove> createRandomMoveIterator(ScoreDirector<RotationSolution> scoreDirector, Random random) {
        List<RotationSlot> unfilled = new ArrayList<>();
        for (RotationSlot slot : index().open()) {
            if (slot.getPerson() == null) {
                unfilled.add(slot);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !unfilled.isEmpty();
            }

            @Override
            public StintMove next() {
                RotationSlot gap = unfilled.get(random.nextInt(unfilled.size()));
                Map<PersonFact, RotationSlot> holding = new HashMap<>();
                for (RotationSlot slot : scoreDirector.getWorkingSolution().getSlots()) { // pinned ones too
                    if (slot.getPeriodIndex() == gap.getPeriodIndex() && slot.getPerson() != null) {
                        holding.put(slot.getPerson(), slot);
                    }
                }
                List<RotationSlot> slots = new ArrayList<>();
                List<PersonFact> holders = new ArrayList<>();
                return chain(gap, holding, slots, holders, random) ? new StintMove(slots, holders) : StintMove.NONE;
            }
        };
    }

    /**
     * Fills {@code slot} with a nominee (in random order) who is free in its period, or who holds another open slot
     * that the rest of the chain fills in turn; appends the changes to {@code slots} and {@code holders}.
     */
    private static boolean chain(RotationSlot slot, Map<PersonFact, RotationSlot> holding, List<RotationSlot> slots,
                                 List<PersonFact> holders, Random random) {
        List<PersonFact> nominees = new ArrayList<>(slot.getNominees());
        Collections.shuffle(nominees, random);
        for (PersonFact nominee : nominees) {
            if (nominee.equals(slot.getPerson()) || holders.contains(nominee)) {
                continue;
            }
            RotationSlot held = holding.get(nominee);
            if (held == null) {
                slots.add(slot);
                holders.add(nominee);
                return true;
            }
            if (slots.size() + 1 < DEPTH && !slots.contains(held) && !held.isPinned()) {
                slots.add(slot);
                holders.add(nominee);
                if (chain(held, holding, slots, holders, random)) {
                    return true;
                }
                slots.removeLast();
                holders.removeLast();
            }
        }
        return false;
    }
}
