package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;

/** A planning conference of an exercise (initial, main or final), held some weeks before its start. */
public record PlanningConference(String exercise, Kind kind, LocalDate date) {

    public enum Kind {
        INITIAL("Initial planning conference"),
        MAIN("Main planning conference"),
        FINAL("Final planning conference");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public String abbreviation() {
            return name().charAt(0) + "PC";
        }
    }
}
