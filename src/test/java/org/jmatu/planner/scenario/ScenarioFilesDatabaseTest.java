package org.jmatu.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A scenario file loaded into an empty database exports to a file that is valid, reads back equal and writes
 * back to the same text: what the UI's and API's import and export will rely on.
 */
@SpringBootTest(properties = "planner.demo.enabled=false")
@DirtiesContext // it fills the database that ScenarioExporterTest, with the same settings, expects empty
class ScenarioFilesDatabaseTest {

    @Autowired
    ScenarioLoader loader;

    @Autowired
    ScenarioExporter exporter;

    @Test
    void aLoadedFileExportsToAValidFileThatRoundTrips() {
        Scenario imported = ScenarioFiles.read(ScenarioFiles.write(
                ScenarioGenerator.generate(Scale.BATTALION, 5))).value();
        loader.load(imported);

        Scenario exported = exporter.export();
        String text = ScenarioFiles.write(exported);
        ReadResult<Scenario> read = ScenarioFiles.read(text);

        assertThat(read.report().problems()).isEmpty();
        assertThat(read.value()).isEqualTo(exported);
        assertThat(ScenarioFiles.write(read.value())).isEqualTo(text);
        assertThat(ScenarioFiles.write(exporter.export())).as("a second export").isEqualTo(text);
        assertThat(exported.personnel()).hasSameSizeAs(imported.personnel());
    }
}
