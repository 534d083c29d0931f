package org.jmatu.planner.planning.rotation.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jmatu.planner.planning.rotation.solver.justifications.PeriodRun;
import org.jmatu.planner.shared.Period;

/** Consecutive runs of periods, the equivalent of OptaPlanner's later toConsecutiveSequences for a short horizon. */
record Runs(List<PeriodRun> runs) {

    /** {@code periods} sorted by index; duplicates are ignored. */
    static Runs of(Collection<Period> periods) {
        List<PeriodRun> runs = new ArrayList<>();
        Period first = null;
        Period last = null;
        for (Period period : periods) {
            if (last != null && period.index() == last.index()) {
                continue;
            }
            if (last != null && period.index() == last.index() + 1) {
                last = period;
            } else {
                if (first != null) {
                    runs.add(new PeriodRun(first, last));
                }
                first = period;
                last = period;
            }
        }
        if (first != null) {
            runs.add(new PeriodRun(first, last));
        }
        return new Runs(runs);
    }

    /** Sum over runs of the periods beyond {@code max}. */
    int excessOver(int max) {
        return runs.stream().mapToInt(run -> Math.max(0, run.length() - max)).sum();
    }
}
