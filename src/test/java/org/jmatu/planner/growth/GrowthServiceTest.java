package org.jmatu.planner.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.orgchart.OrgChartService;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A phase's first period reaches the roster's active slots through the exporter, and moves them when it moves. */
@SpringBootTest
class GrowthServiceTest {

    @Autowired
    GrowthService growth;

    @Autowired
    ScenarioExporter exporter;

    @Autowired
    OrgChartService orgChart;

    @AfterEach
    void noPhases() {
        growth.savePhases(List.of());
    }

    @Test
    void aPhaseBringsItsSectionsPostsInFromItsFirstPeriod() {
        assertThat(firstActivePeriod("SIG-CH")).isZero();

        growth.savePhases(List.of(phase("Reinforced battalion", 2)));
        assertThat(firstActivePeriod("SIG-CH")).isEqualTo(2);
        assertThat(firstActivePeriod("SIG-NCO1")).isEqualTo(2);
        assertThat(firstActivePeriod("CDR")).as("a post of no phase keeps its periods").isZero();

        growth.savePhases(List.of(phase("Reinforced battalion", 4)));
        assertThat(firstActivePeriod("SIG-CH")).isEqualTo(4);
    }

    @Test
    void theOrgChartShowsAPostOfAPhaseFromItsFirstPeriodOn() {
        growth.savePhases(List.of(phase("Reinforced battalion", 2)));

        assertThat(postsOn(LocalDate.of(2027, 3, 1))).contains("CDR").doesNotContain("SIG-CH");
        assertThat(postsOn(LocalDate.of(2028, 3, 1))).contains("CDR", "SIG-CH");
    }

    private List<String> postsOn(LocalDate day) {
        return orgChart.asOf(day).sections().stream().flatMap(section -> section.posts().stream())
                .map(post -> post.code()).toList();
    }

    @Test
    void theReportShowsTheStrengthGrowing() {
        growth.savePhases(List.of(new Growth.Phase("Battalion", 0, List.of(), List.of(), List.of()),
                phase("Reinforced battalion", 2)));
        GrowthReport report = growth.report().orElseThrow();

        assertThat(report.phases()).extracting(Growth.Phase::name).containsExactly("Battalion", "Reinforced battalion");
        PeriodStrength before = report.strength().get(1);
        PeriodStrength after = report.strength().get(2);
        assertThat(before.phase()).isEqualTo("Battalion");
        assertThat(after.phase()).isEqualTo("Reinforced battalion");
        assertThat(after.posts() - before.posts()).isEqualTo(2);
        assertThat(report.shortfalls()).hasSize(2);
    }

    @Test
    void phasesWithTheSameMemberTwiceAreRefused() {
        List<Growth.Phase> phases = List.of(phase("A", 1), phase("B", 2));
        assertThat(growth.problems(phases)).extracting(PhaseProblem::key).containsExactly("growth.problem.member-twice");
        assertThatThrownBy(() -> growth.savePhases(phases)).isInstanceOf(IllegalArgumentException.class);
        assertThat(growth.phases()).isEmpty();
    }

    private static Growth.Phase phase(String name, int firstPeriod) {
        return new Growth.Phase(name, firstPeriod, List.of("Signal"), List.of(), List.of());
    }

    private int firstActivePeriod(String post) {
        Scenario scenario = exporter.export();
        return RotationMapper.toSolution(scenario).getSlots().stream()
                .filter(slot -> slot.getPost().id().equals(post)).mapToInt(RotationSlot::getPeriodIndex).min()
                .orElseThrow();
    }
}
