package org.jmatu.planner.shared;

import java.time.LocalDate;

/**
 * Rotation period {@code index}: it starts on the horizon start plus {@code index × periodMonths} months and
 * ends the day before the next one starts (docs/file-formats.md).
 */
public record Period(int index, LocalDate start, LocalDate end, int periodMonths) {

    public static Period of(LocalDate horizonStart, int periodMonths, int index) {
        LocalDate start = horizonStart.plusMonths((long) index * periodMonths);
        LocalDate end = horizonStart.plusMonths((long) (index + 1) * periodMonths).minusDays(1);
        return new Period(index, start, end, periodMonths);
    }

    /** "2027-H1" for half-year periods, "2027-Q3" for quarters, otherwise "P4 (2027-01)". */
    public String label() {
        int ordinal = (start.getMonthValue() - 1) / periodMonths + 1;
        if (periodMonths == 6 && start.getMonthValue() % 6 == 1) {
            return start.getYear() + "-H" + ordinal;
        }
        if (periodMonths == 3 && start.getMonthValue() % 3 == 1) {
            return start.getYear() + "-Q" + ordinal;
        }
        return "P" + index + " (" + start.getYear() + "-" + String.format("%02d", start.getMonthValue()) + ")";
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(start) && !from.isAfter(end);
    }
}
