package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/**
 * A person holds a post for fewer periods than their nation's tour: every stint on the post, and the ones counted
 * short (stints cut by the post's first or last active period are not).
 */
public record TourContinuityJustification(String post, String person, String nation, int tourPeriods,
                                          List<PeriodRun> stints, List<PeriodRun> shortStints)
        implements RotationJustification {

    @Override
    public String description() {
        return person + " holds " + post + " for " + Phrases.runs(shortStints, "periods") + ", " + nation
                + " tours last " + tourPeriods + " periods";
    }

    @Override
    public List<String> slotIds() {
        return PeriodRun.slotIds(post, stints);
    }
}
