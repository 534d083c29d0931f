package org.jmatu.planner.planning.calendar.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;

class RosterMaintainersTest {

    private final Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);

    @Test
    void aPeriodIsCoveredForTheStandardsItsMaintainersKnow() {
        String natoMaintainer = holderOf("MAINT_NATO");
        String sovietMaintainer = holderOf("MAINT_SOVIET");
        Map<Integer, Set<String>> coverage = RosterMaintainers.coverage(battalion, List.of(
                new PlanRow("MAINT-NATO", 0, natoMaintainer), new PlanRow("MS-ARM", 1, sovietMaintainer),
                new PlanRow("MAINT-CHN", 2, null)));
        assertThat(coverage).hasSize(6);
        assertThat(coverage.get(0)).contains("NATO");
        assertThat(coverage.get(1)).contains("SOVIET").doesNotContain("NATO");
        assertThat(coverage.get(2)).isEmpty();
    }

    private String holderOf(String skill) {
        return battalion.personnel().stream().filter(person -> person.skills().contains(skill))
                .findFirst().orElseThrow().id();
    }
}
