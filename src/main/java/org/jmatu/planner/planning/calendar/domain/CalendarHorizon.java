package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;

/** The scenario's horizon: period {@code p} starts {@code p × periodMonths} months after {@code start}. */
public record CalendarHorizon(LocalDate start, int periodMonths, int periods) {

    public LocalDate periodStart(int period) {
        return start.plusMonths((long) period * periodMonths);
    }

    public LocalDate periodEnd(int period) {
        return periodStart(period + 1).minusDays(1);
    }

    public LocalDate end() {
        return periodEnd(periods - 1);
    }

    /** The period holding {@code day}, or -1 outside the horizon. */
    public int periodOf(LocalDate day) {
        for (int p = 0; p < periods; p++) {
            if (!day.isBefore(periodStart(p)) && !day.isAfter(periodEnd(p))) {
                return p;
            }
        }
        return -1;
    }
}
