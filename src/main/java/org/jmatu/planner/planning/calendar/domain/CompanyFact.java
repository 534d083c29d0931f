package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A company as the calendar solver sees it: what it brings (capabilities, equipment standards), where it
 * comes from, and when it can take part.
 *
 * @param capabilities  the company's own capabilities and those of its equipment types
 * @param standards     the equipment standards of its holdings (their maintainers must come along)
 * @param attached      the date spans in which the company is attached to the unit (consecutive periods merged)
 * @param unavailable   date spans in which the company cannot train
 * @param nationCompanies how many companies the company's nation contributes (for balanced participation)
 */
public record CompanyFact(String id, String name, String nation, double homeLat, double homeLon,
                          Set<String> capabilities, Set<String> standards, List<Span> attached,
                          List<Span> unavailable, int nationCompanies) {

    /** Days of {@code from..to} that lie outside every attached span. */
    public int daysNotAttached(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            if (attached.stream().noneMatch(span -> span.contains(d))) {
                days++;
            }
        }
        return days;
    }

    /** Days of {@code from..to} on which the company is unavailable. */
    public int daysUnavailable(LocalDate from, LocalDate to) {
        Span exercise = new Span(from, to);
        return unavailable.stream().mapToInt(exercise::overlapDays).sum();
    }

    public double distanceKmTo(AreaFact area) {
        return GreatCircle.km(homeLat, homeLon, area.lat(), area.lon());
    }

    // identity is the id: the solver compares facts often, and their collections need not be compared
    @Override public boolean equals(Object other) { return other instanceof CompanyFact company && company.id.equals(id); }
    @Override public int hashCode() { return id.hashCode(); }
    @Override public String toString() { return id; }
}
