package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;
import java.util.Set;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A training area: its host nation, how many companies it takes, and the months it is closed. */
public record AreaFact(String id, String name, String nation, int capacity, Set<Integer> closedMonths,
                       double lat, double lon) {

    /** The id, also OptaPlanner's planning id: multithreaded solving (moveThreadCount) looks values up by it. */
    @PlanningId
    @Override
    public String id() {
        return id;
    }


    /** Days of {@code from..to} that fall in a closed month. */
    public int closedDays(LocalDate from, LocalDate to) {
        if (closedMonths.isEmpty()) {
            return 0;
        }
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (closedMonths.contains(day.getMonthValue())) {
                days++;
            }
        }
        return days;
    }

    // identity is the id: the solver compares facts often, and their collections need not be compared
    @Override public boolean equals(Object other) { return other instanceof AreaFact area && area.id.equals(id); }
    @Override public int hashCode() { return id.hashCode(); }
    @Override public String toString() { return id; }
}
