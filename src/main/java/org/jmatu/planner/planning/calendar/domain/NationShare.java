package org.jmatu.planner.planning.calendar.domain;

/** A nation's participations in exercises against the number of companies it contributes. */
public record NationShare(String nation, int companies, int participations) {
}
