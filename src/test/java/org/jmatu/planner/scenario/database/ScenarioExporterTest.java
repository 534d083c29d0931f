package org.jmatu.planner.scenario.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An empty database (no demo, a context of its own) has nothing to plan yet: the solvers are told so. */
@SpringBootTest(properties = {"planner.demo.enabled=false", "planner.test.context=empty-database"})
class ScenarioExporterTest {

    @Autowired
    ScenarioExporter exporter;

    @Test
    void withoutAHorizonThereIsNoScenarioYet() {
        assertThat(exporter.current()).isEmpty();
        assertThatThrownBy(exporter::export).hasMessageContaining("no planning horizon is set");
    }
}
