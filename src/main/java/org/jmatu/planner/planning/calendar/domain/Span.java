package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An inclusive span of days. */
public record Span(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Number of days both spans share (0 when they do not overlap). */
    public int overlapDays(Span other) {
        return overlapDays(from, to, other.from, other.to);
    }

    public static int overlapDays(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        LocalDate start = aFrom.isAfter(bFrom) ? aFrom : bFrom;
        LocalDate end = aTo.isBefore(bTo) ? aTo : bTo;
        return end.isBefore(start) ? 0 : (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public String toString() {
        return from + ".." + (from.getYear() == to.getYear() ? to.toString().substring(5) : to.toString());
    }
}
