package org.jmatu.planner.orgchart;

import java.util.Map;

/**
 * A roster as the org chart reads it: who holds which post in which period, and whether it is the
 * published roster or a draft (a draft is marked as such on the chart).
 */
public record RosterSnapshot(Status status, String label, Map<Slot, String> holders) {

    public enum Status { PUBLISHED, DRAFT }

    public record Slot(String post, int period) {
    }

    public String holder(String post, int period) {
        return holders.get(new Slot(post, period));
    }
}
