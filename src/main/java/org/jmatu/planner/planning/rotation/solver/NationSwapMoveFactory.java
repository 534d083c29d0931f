package org.jmatu.planner.planning.rotation.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.jmatu.planner.planning.rotation.domain.NationFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Random {@link StintMove}s that swap the nations of two posts of one key group over one or more consecutive
 * periods: each post gets a nominee of the nation the other post had. Changing one key post's nation alone
 * always breaks "Key group nations differ", so without this move re-timing the command team's hand-overs
 * would have to cross infeasible rosters.
 */
public final class NationSwapMoveFactory extends RosterMoveFactory {

    @Override
    public long getSize(ScoreDirector<RotationSolution> scoreDirector) {
        return index().openInKeyGroups().stream().mapToLong(slot -> slot.getNominees().size()).sum();
    }

    @Override
    public Iterator<StintMove> createRandomMoveIterator(ScoreDirector<RotationSolution> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !index().openInKeyGroups().isEmpty();
            }

            @Override
            public StintMove next() {
                List<RotationSlot> candidates = index().openInKeyGroups();
                return swap(candidates.get(random.nextInt(candidates.size())), random);
            }
        };
    }

    private StintMove swap(RotationSlot around, Random random) {
        List<PostFact> group = index().keyGroup(around.getKeyGroup());
        PostFact other = group.get(random.nextInt(group.size()));
        RotationSlot otherAround = index().open(other, around.getPeriodIndex());
        if (other.equals(around.getPost()) || otherAround == null || around.getNation() == null
                || otherAround.getNation() == null || around.getNation().equals(otherAround.getNation())) {
            return StintMove.NONE;
        }
        int length = 1 + random.nextInt(Math.max(1, around.getNation().tourPeriods()));
        int first = around.getPeriodIndex() - random.nextInt(length);
        List<RotationSlot> mine = new ArrayList<>(length);
        List<RotationSlot> theirs = new ArrayList<>(length);
        for (int period = first; period < first + length; period++) {
            RotationSlot slot = index().open(around.getPost(), period);
            RotationSlot otherSlot = index().open(other, period);
            if (slot == null || otherSlot == null || !around.getNation().equals(slot.getNation())
                    || !otherAround.getNation().equals(otherSlot.getNation())) {
                // the swapped periods stay consecutive and include around's: a break before it starts them again
                if (period < around.getPeriodIndex()) {
                    mine.clear();
                    theirs.clear();
                    continue;
                }
                break;
            }
            mine.add(slot);
            theirs.add(otherSlot);
        }
        PersonFact mineTo = nomineeOf(mine, otherAround.getNation(), random);
        PersonFact theirsTo = nomineeOf(theirs, around.getNation(), random);
        if (mineTo == null || theirsTo == null) {
            return StintMove.NONE;
        }
        List<RotationSlot> slots = new ArrayList<>(mine);
        slots.addAll(theirs);
        List<PersonFact> holders = new ArrayList<>(slots.size());
        mine.forEach(slot -> holders.add(mineTo));
        theirs.forEach(slot -> holders.add(theirsTo));
        return new StintMove(slots, holders);
    }

    /** A random nominee of {@code nation} eligible for every one of {@code slots}, or null. */
    private static PersonFact nomineeOf(List<RotationSlot> slots, NationFact nation, Random random) {
        List<PersonFact> eligible = new ArrayList<>();
        for (PersonFact person : slots.getFirst().getNominees()) {
            if (person.nation().equals(nation) && slots.stream().allMatch(slot -> slot.getNominees().contains(person))) {
                eligible.add(person);
            }
        }
        return eligible.isEmpty() ? null : eligible.get(random.nextInt(eligible.size()));
    }
}
