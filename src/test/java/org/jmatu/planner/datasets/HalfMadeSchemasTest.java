package org.jmatu.planner.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A schema an interrupted import left behind is dropped at start; the schemas of listed data sets stay. */
@SpringBootTest(properties = "planner.test.context=datasets-service")
class HalfMadeSchemasTest {

    @Autowired HalfMadeSchemas halfMade;
    @Autowired DataSetService dataSets;
    @Autowired ScenarioExporter exporter;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aSchemaNoDataSetOwnsIsDroppedAndTheOthersStay() {
        // every test starts signed in as a planner (SignedInAsPlanner), who may import
        String listed = dataSets.importScenario("Kept " + System.nanoTime() % 100000,
                ScenarioFiles.write(exporter.export())).created().orElseThrow().key();
        jdbc.execute("create schema \"ds_interrupted_import\"");
        jdbc.execute("create table \"ds_interrupted_import\".post (id bigint)");

        List<String> dropped = halfMade.dropUnowned();

        assertThat(dropped).containsExactly("ds_interrupted_import");
        assertThat(schemas()).doesNotContain("ds_interrupted_import")
                .contains(DataSetContext.schemaOf(listed).orElseThrow());
    }

    private List<String> schemas() {
        return jdbc.queryForList("select schema_name from information_schema.schemata", String.class);
    }
}
