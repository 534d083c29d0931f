package org.jmatu.planner.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
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

    @Test
    void aRecordThatBreaksItsOwnRulesIsReportedAndNothingIsStored() {
        List<DataSet> before = dataSets.all();

        ScenarioImport result = dataSets.importScenario("Broken rules", ScenarioFiles.write(withABadSkillCode()));

        assertThat(result.created()).isEmpty();
        assertThat(result.report().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.record()).isEqualTo("skill 'night ops?'");
            assertThat(problem.field()).isEqualTo("code");
            assertThat(problem.message()).contains("upper case letters");
        });
        assertThat(dataSets.all()).isEqualTo(before);
    }

    @Test
    void aRecordsOwnRuleIsWordedInTheLanguageOfWhoeverImports() {
        ScenarioImport result = I18n.in(Language.RU, () -> dataSets.importScenario("Broken rules in Russian",
                ScenarioFiles.write(withABadSkillCode())));

        assertThat(result.report().problems()).singleElement().extracting(problem -> problem.text())
                .isEqualTo("прописные латинские буквы, цифры и _, например, LOGISTICS");
    }

    /** The demo, whose first person has a skill that reads well as a file but breaks a skill code's own rule. */
    private Scenario withABadSkillCode() {
        Scenario demo = exporter.export();
        Scenario.Person first = demo.personnel().getFirst();
        List<Scenario.Person> people = new ArrayList<>(demo.personnel());
        // a skill's code is upper case letters, digits and _
        people.set(0, new Scenario.Person(first.id(), first.name(), first.nation(), first.rank(),
                List.of("night ops?"), first.english(), first.availableFrom(), first.availableTo()));
        return new Scenario(demo.format(), demo.name(), demo.horizon(), demo.nations(), demo.posts(),
                people, demo.equipmentTypes(), demo.companies(), demo.trainingAreas(), demo.exercises(),
                demo.blackouts(), demo.pinned());
    }
}
