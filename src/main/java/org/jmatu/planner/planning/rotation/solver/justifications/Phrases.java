package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.shared.Message;

/** Small pieces of the sentences the roster's justifications write. */
public final class Phrases {

    private Phrases() {
    }

    /**
     * "USA", "USA or RUS", "USA, RUS or CHN" as a message argument: the code alone, or the codes joined by the
     * reader's "or".
     */
    public static Object either(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return Message.of("phrase.or", items.subList(0, items.size() - 1), items.getLast());
    }

    /** The runs as "3 consecutive periods 2028-H1..2029-H1 and 3 consecutive periods …". */
    static Object runs(List<PeriodRun> runs, boolean consecutive) {
        return Message.chain("phrase.and", runs.stream().map(run -> run.describe(consecutive)).toList());
    }

    /** A holder's label, or "nobody" for an empty slot, as a message argument. */
    static Object holderOrNobody(String person) {
        return person == null ? Message.of("why.nobody") : person;
    }
}
