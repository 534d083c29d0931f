package org.jmatu.planner.planning;

/** A planner published roster version {@code number} (record {@code id}): it is now the baseline. */
public record RosterPublished(long id, int number) {
}
