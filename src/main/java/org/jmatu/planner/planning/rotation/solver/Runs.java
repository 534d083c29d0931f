package org.jmatu.planner.planning.rotation.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jmatu.planner.shared.Period;

/** Consecutive runs of periods, the equivalent of OptaPlanner's later toConsecutiveSequences for a short horizon. */
record Runs(List<Run> runs) {

    record Run(Period first, Period last) {
        int length() {
            return last.index() - first.index() + 1;
        }

        String label() {
            return first.index() == last.index() ? first.label() : first.label() + ".." + last.label();
        }
    }

    /** {@code periods} sorted by index; duplicates are ignored. */
    static Runs of(Collection<Period> periods) {
        List<Run> runs = new ArrayList<>();
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
                    runs.add(new Run(first, last));
                }
                first = period;
                last = period;
            }
        }
        if (first != null) {
            runs.add(new Run(first, last));
        }
        return new Runs(runs);
    }

    /** Sum over runs of the periods beyond {@code max}. */
    int excessOver(int max) {
        return runs.stream().mapToInt(run -> Math.max(0, run.length() - max)).sum();
    }

    List<Run> longerThan(int max) {
        return runs.stream().filter(run -> run.length() > max).toList();
    }
}
