package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;

/** One nation's share of a blackout (a blackout naming three nations becomes three facts). */
public record BlackoutFact(String name, String nation, LocalDate from, LocalDate to) {

    public int overlapDays(LocalDate start, LocalDate end) {
        return Span.overlapDays(from, to, start, end);
    }
}
