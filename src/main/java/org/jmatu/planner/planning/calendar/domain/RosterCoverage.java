package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Optional input from a rotation roster: in period {@code period} ({@code from..to}) the HQ roster holds
 * maintainers for these equipment standards. Without any such fact the maintainer check is a warning only.
 */
public record RosterCoverage(int period, LocalDate from, LocalDate to, Set<String> standards) {
}
