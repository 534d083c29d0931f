package org.jmatu.planner.growth;

import java.util.List;

/**
 * What a phase still lacks: the posts it brings in that have no eligible nominee in one of its periods (with the
 * first such period), and the equipment standards present in its periods that no post of the establishment maintains.
 */
public record PhaseShortfall(String phase, int firstPeriod, List<Missing> postsWithoutNominees,
                             List<Missing> standardsWithoutMaintainers) {

    public boolean isEmpty() {
        return postsWithoutNominees.isEmpty() && standardsWithoutMaintainers.isEmpty();
    }

    /** A post id or an equipment standard, and the first period it is missing in. */
    public record Missing(String what, int period) {
    }
}
