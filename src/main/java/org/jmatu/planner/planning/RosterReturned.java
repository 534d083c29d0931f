package org.jmatu.planner.planning;

/** The commander returned published roster version {@code number} to the planners with a comment. */
public record RosterReturned(long id, int number, String comment) {
}
