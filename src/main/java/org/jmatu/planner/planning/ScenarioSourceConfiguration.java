package org.jmatu.planner.planning;

import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Both planning problems plan the data in the database, as the scenario exporter reads it. */
@Configuration
class ScenarioSourceConfiguration {

    @Bean
    ScenarioSource scenarioSource(ScenarioExporter exporter) {
        return exporter::current;
    }
}
