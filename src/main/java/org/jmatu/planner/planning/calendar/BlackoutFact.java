package org.jmatu.planner.planning.calendar;

import java.time.LocalDate;

/** One nation's share of a blackout (a blackout naming three nations becomes three facts). */
public record BlackoutFact(String name, String nation, LocalDate from, LocalDate to) {

    int overlapDays(LocalDate start, LocalDate end) {
        return Span.overlapDays(from, to, start, end);
    }
}
