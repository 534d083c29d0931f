package org.jmatu.planner.benchmark;

import java.util.Comparator;
import org.jmatu.planner.planning.rotation.RotationSlot;

/** Orders one person's slots by period, then post: sub-pillars are then consecutive stints (benchmark's tuned config). */
public final class SlotSequence implements Comparator<RotationSlot> {
    @Override
    public int compare(RotationSlot a, RotationSlot b) {
        int byPeriod = Integer.compare(a.getPeriodIndex(), b.getPeriodIndex());
        return byPeriod != 0 ? byPeriod : a.getPost().id().compareTo(b.getPost().id());
    }
}
