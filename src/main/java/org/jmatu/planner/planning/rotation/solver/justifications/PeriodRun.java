package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import java.util.stream.IntStream;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Period;

/** Consecutive periods from {@code first} to {@code last}: a stint of a person or a nation on a post. */
public record PeriodRun(Period first, Period last) {

    public int length() {
        return last.index() - first.index() + 1;
    }

    /** "2028-H1" or "2028-H1..2029-H1". */
    public String label() {
        return first.index() == last.index() ? first.label() : first.label() + ".." + last.label();
    }

    /** "1 period 2028-H1", "3 periods 2028-H1..2029-H1", or "3 consecutive periods 2028-H1..2029-H1". */
    Message describe(boolean consecutive) {
        return Message.of(consecutive ? "why.run.consecutive" : "why.run", length(), label());
    }

    /** The ids of {@code post}'s slots in every period of {@code runs}. */
    static List<String> slotIds(String post, List<PeriodRun> runs) {
        return runs.stream().flatMap(run -> IntStream.rangeClosed(run.first().index(), run.last().index()).boxed())
                .map(index -> post + "@" + index).toList();
    }
}
