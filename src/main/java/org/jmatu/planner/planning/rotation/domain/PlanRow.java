package org.jmatu.planner.planning.rotation.domain;

/** One row of a plan's rotation (docs/file-formats.md): a person, or null for an unfilled slot. */
public record PlanRow(String post, int period, String person) {

    public String slotId() {
        return post + "@" + period;
    }
}
