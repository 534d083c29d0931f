package org.jmatu.planner.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.staffing.StaffingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Uploads into data sets of their own, in a context of its own so that the list of data sets is this test's. */
@SpringBootTest(properties = "planner.test.context=datasets-service")
class DataSetServiceTest {

    @Autowired
    DataSetService dataSets;

    @Autowired
    ScenarioExporter exporter;

    @Autowired
    StaffingService staffing;

    @Test
    void anExportedScenarioImportedAsADataSetExportsToTheSameFile() {
        String demoFile = ScenarioFiles.write(exporter.export());

        ScenarioImport result = dataSets.importScenario("Round trip", demoFile);

        assertThat(result.report().text()).isEmpty();
        DataSet created = result.created().orElseThrow();
        assertThat(created.key()).isEqualTo("round-trip");
        assertThat(dataSets.all()).extracting(DataSet::key).containsSubsequence("demo", "round-trip");
        String again = DataSetContext.callIn(created.key(), () -> ScenarioFiles.write(exporter.export()));
        assertThat(again).isEqualTo(demoFile);
        assertThat(ScenarioFiles.write(exporter.export())).isEqualTo(demoFile);
    }

    @Test
    void aDataSetHoldsOnlyItsOwnData() {
        String demoFile = ScenarioFiles.write(exporter.export());
        long demoPeople = staffing.findAllPeople().size();
        DataSet created = dataSets.importScenario("Own data", demoFile).created().orElseThrow();

        DataSetContext.runIn(created.key(), () -> staffing.delete(staffing.findAllPeople().getFirst()));

        assertThat(staffing.findAllPeople()).hasSize((int) demoPeople);
        assertThat(DataSetContext.callIn(created.key(), () -> staffing.findAllPeople().size()))
                .isEqualTo((int) demoPeople - 1);
    }
}
