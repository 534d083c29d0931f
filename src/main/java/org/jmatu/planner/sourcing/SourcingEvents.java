package org.jmatu.planner.sourcing;

import java.util.Set;

/** What force sourcing tells the rest of the application (notifications listen). */
public final class SourcingEvents {

    private SourcingEvents() {
    }

    /** A publish made new requests; {@code nations} are those asked. */
    public record RequestsRaised(int count, Set<String> nations, int rosterVersion) {
    }

    /**
     * A nation answered request {@code id} for {@code slot} (its post and period label): an offer of {@code person},
     * or a decline when it is null.
     */
    public record RequestAnswered(long id, String slot, String nation, String person) {
    }

    /** A planner accepted the offer on request {@code id} or asked {@code nations} again. */
    public record RequestDecided(long id, String slot, Set<String> nations, boolean accepted) {
    }
}
