package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an exercise asks for. {@code year} is the calendar year of its window's start: the year whose
 * "at least twice a year" it counts towards.
 */
public record ExerciseFact(String id, String name, String scenario, LocalDate earliestStart, LocalDate latestEnd,
                           int durationDays, int minCompanies, int maxCompanies, Set<String> requiredCapabilities,
                           int year) {

    @Override
    public String toString() {
        return id;
    }
}
