package org.jmatu.planner.planning.rotation;

import org.jmatu.planner.scenario.ScenarioExporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The roster plans the data in the database, as the scenario exporter reads it. */
@Configuration
class RotationScenarioConfiguration {

    @Bean
    RotationScenarioProvider rotationScenarioProvider(ScenarioExporter exporter) {
        return exporter::current;
    }
}
