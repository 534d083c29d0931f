package org.jmatu.planner.planning.calendar;

import org.jmatu.planner.scenario.ScenarioExporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar plans the data in the database, as the scenario exporter reads it. */
@Configuration
class CalendarScenarioConfiguration {

    @Bean
    CalendarScenarioSource calendarScenarioSource(ScenarioExporter exporter) {
        return exporter::export;
    }
}
