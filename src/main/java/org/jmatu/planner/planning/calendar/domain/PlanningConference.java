package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;

/** A planning conference of an exercise (initial, main or final), held some weeks before its start. */
public record PlanningConference(String exercise, Kind kind, LocalDate date) {

    public enum Kind {
        // named in words by the bundles: calendar.conference-kind.<CONSTANT>
        INITIAL,
        MAIN,
        FINAL;

        public String abbreviation() {
            return name().charAt(0) + "PC";
        }
    }
}
