package org.jmatu.planner.planning.rotation.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Random {@link StintMove}s: a nominee of a random open slot takes a whole tour on that post (as many
 * consecutive slots around it as their nation's tour lasts, fewer where the post's active periods, a pin or
 * the nominee's eligibility stop it).
 */
public final class StintMoveFactory extends RosterMoveFactory {

    @Override
    public long getSize(ScoreDirector<RotationSolution> scoreDirector) {
        return index().open().stream().mapToLong(slot -> slot.getNominees().size()).sum();
    }

    @Override
    public Iterator<StintMove> createRandomMoveIterator(ScoreDirector<RotationSolution> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !index().open().isEmpty();
            }

            @Override
            public StintMove next() {
                List<RotationSlot> open = index().open();
                RotationSlot around = open.get(random.nextInt(open.size()));
                List<PersonFact> nominees = around.getNominees();
                PersonFact holder = nominees.get(random.nextInt(nominees.size()));
                int tour = Math.max(1, holder.nation().tourPeriods());
                int first = around.getPeriodIndex() - random.nextInt(tour);
                return StintMove.giving(stint(around, holder, first, first + tour - 1), holder);
            }
        };
    }

    /** The slots of {@code around}'s post from {@code first} to {@code last} that the holder can take, contiguous around it. */
    private List<RotationSlot> stint(RotationSlot around, PersonFact holder, int first, int last) {
        List<RotationSlot> stint = new ArrayList<>(last - first + 1);
        for (int period = around.getPeriodIndex() - 1; period >= first && takes(holder, period, around); period--) {
            stint.addFirst(index().open(around.getPost(), period));
        }
        stint.add(around);
        for (int period = around.getPeriodIndex() + 1; period <= last && takes(holder, period, around); period++) {
            stint.add(index().open(around.getPost(), period));
        }
        return stint;
    }

    private boolean takes(PersonFact holder, int period, RotationSlot around) {
        RotationSlot slot = index().open(around.getPost(), period);
        return slot != null && slot.getNominees().contains(holder);
    }
}
