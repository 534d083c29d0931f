package org.jmatu.planner.planning.calendar.export;

import java.time.Instant;

/**
 * The version of each event of a calendar feed, so that calendar programs that subscribed to it take in a
 * change: the SEQUENCE rises and LAST-MODIFIED moves whenever what an event says changes (its fingerprint),
 * and the UIDs carry the data set, so that a what-if data set's events never overwrite the live unit's.
 */
public interface EventVersions {

    /** A one-off file (a download from the calendar view): first versions, the live unit's UIDs. */
    EventVersions FIRST = new EventVersions() {
        @Override
        public String uidScope() {
            return "";
        }

        @Override
        public Stamp stamp(String uid, String fingerprint) {
            return new Stamp(0, null);
        }
    };

    /** What goes between an event's own name and the UID's domain: empty for the live unit. */
    String uidScope();

    /** The event's version now: the same as last time while its fingerprint is the same, else the next one. */
    Stamp stamp(String uid, String fingerprint);

    /** SEQUENCE and LAST-MODIFIED; {@code lastModified} is null for an event never recorded. */
    record Stamp(int sequence, Instant lastModified) {
    }
}
