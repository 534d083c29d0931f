package org.jmatu.planner.orgchart;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the org chart learns that the unit outgrows its garrisons: the housing module checks the published roster
 * and the attached companies against their places. Without one (or without garrisons) the chart warns of nothing.
 */
public interface HousingWarnings {

    /** Each (period, kind of garrison) over capacity under the published roster. */
    List<Warning> overCapacity();

    /** From {@code from} to {@code to}, garrisons of {@code kind} (a {@code GarrisonKind}) have too few places. */
    record Warning(LocalDate from, LocalDate to, String periodLabel, String kind, int demand, int places) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
