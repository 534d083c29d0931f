package org.jmatu.planner.scenario.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.staffing.PersonFilter;
import org.jmatu.planner.staffing.StaffingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoDataLoaderTest {

    @Autowired
    NationService nations;

    @Autowired
    StaffingService staffing;

    @Autowired
    ScenarioExporter exporter;

    @Test
    void anEmptyDatabaseIsFilledWithTheBattalionDemo() {
        assertThat(nations.findAll()).hasSize(7);
        assertThat(nations.horizon()).hasValueSatisfying(horizon -> assertThat(horizon.getPeriods()).isEqualTo(6));
        assertThat(staffing.findPost("CDR")).hasValueSatisfying(commander ->
                assertThat(commander.getSourcingNations()).extracting(Object::toString).containsExactly("KAZ"));
        assertThat(staffing.countPeople(PersonFilter.none())).isEqualTo(300);
    }

    @Test
    void theDatabaseExportsBackToTheGeneratedScenario() {
        Scenario generated = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);
        Scenario exported = exporter.export();
        assertThat(exported.name()).isEqualTo(generated.name());
        assertThat(exported.horizon()).isEqualTo(generated.horizon());
        assertThat(exported.nations()).containsExactlyInAnyOrderElementsOf(generated.nations());
        assertThat(exported.personnel()).usingElementComparator(Comparator.comparing(Scenario.Person::id)
                        .thenComparing(person -> person.skills().stream().sorted().toList().toString())
                        .thenComparing(Scenario.Person::availableTo))
                .containsExactlyInAnyOrderElementsOf(generated.personnel());
        assertThat(exported.posts()).extracting(Scenario.Post::id)
                .containsExactlyInAnyOrderElementsOf(generated.posts().stream().map(Scenario.Post::id).toList());
        assertThat(exported.companies()).extracting(Scenario.Company::id, Scenario.Company::attachedPeriods)
                .containsExactlyInAnyOrderElementsOf(generated.companies().stream()
                        .map(company -> org.assertj.core.groups.Tuple.tuple(company.id(), company.attachedPeriods())).toList());
        assertThat(exported.exercises()).extracting(Scenario.Exercise::id, Scenario.Exercise::earliestStart,
                        exercise -> exercise.requiredCapabilities().stream().sorted().toList())
                .containsExactlyInAnyOrderElementsOf(generated.exercises().stream()
                        .map(exercise -> org.assertj.core.groups.Tuple.tuple(exercise.id(), exercise.earliestStart(),
                                exercise.requiredCapabilities().stream().sorted().toList())).toList());
        assertThat(exported.blackouts()).hasSameSizeAs(generated.blackouts());
        assertThat(exported.pinned()).isEqualTo(generated.pinned());
    }
}
