package org.jmatu.planner.planning;

/** A planner published exercise calendar record {@code id}. */
public record CalendarPublished(long id) {
}
