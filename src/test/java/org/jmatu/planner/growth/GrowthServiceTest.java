package org.jmatu.planner.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jmatu.planner.orgchart.OrgChartService;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.shared.EditConflictException;
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
        save();
    }

    @Test
    void aPhaseBringsItsSectionsPostsInFromItsFirstPeriod() {
        assertThat(firstActivePeriod("SIG-CH")).isZero();

        save(phase("Reinforced battalion", 2));
        assertThat(firstActivePeriod("SIG-CH")).isEqualTo(2);
        assertThat(firstActivePeriod("SIG-NCO1")).isEqualTo(2);
        assertThat(firstActivePeriod("CDR")).as("a post of no phase keeps its periods").isZero();

        PhaseSet.Phase saved = growth.phaseSet().phases().getFirst();
        growth.savePhases(growth.phaseSet().replace(saved, saved.withFirstPeriod(4)));
        assertThat(firstActivePeriod("SIG-CH")).isEqualTo(4);
        assertThat(growth.phaseSet().phases()).extracting(PhaseSet.Phase::id).as("the same phase, moved")
                .containsExactly(saved.id());
    }

    @Test
    void theOrgChartShowsAPostOfAPhaseFromItsFirstPeriodOn() {
        save(phase("Reinforced battalion", 2));

        assertThat(postsOn(LocalDate.of(2027, 3, 1))).contains("CDR").doesNotContain("SIG-CH");
        assertThat(postsOn(LocalDate.of(2028, 3, 1))).contains("CDR", "SIG-CH");
    }

    private List<String> postsOn(LocalDate day) {
        return orgChart.asOf(day).sections().stream().flatMap(section -> section.posts().stream())
                .map(post -> post.code()).toList();
    }

    @Test
    void theReportShowsTheStrengthGrowing() {
        save(new PhaseSet.Phase(null, "Battalion", 0, List.of(), List.of(), List.of()),
                phase("Reinforced battalion", 2));
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
        List<PhaseSet.Phase> phases = List.of(phase("A", 1), phase("B", 2));
        assertThat(growth.problems(phases)).extracting(PhaseProblem::key).containsExactly("growth.problem.member-twice");
        assertThatThrownBy(() -> save(phases.toArray(PhaseSet.Phase[]::new)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(growth.phaseSet().phases()).isEmpty();
    }

    @Test
    void aPostInTwoPhasesIsRefusedByReferenceNamedByItsCode() {
        PhaseSet.Member post = member(growth.choices().orElseThrow().posts(), "J2-CH");
        List<PhaseSet.Phase> phases = List.of(new PhaseSet.Phase(null, "A", 1, List.of(), List.of(post), List.of()),
                new PhaseSet.Phase(null, "B", 2, List.of(), List.of(new PhaseSet.Member(post.id(), "renamed")),
                        List.of()));

        assertThat(growth.problems(phases)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("growth.problem.member-twice");
            assertThat(problem.args()).containsExactly("renamed", "A", "B");
        });
    }

    /** Two planners read the phases; the second to save gets the conflict, and the first one's phases stay. */
    @Test
    void aSaveBasedOnPhasesSomeoneSavedSinceIsRefused() {
        PhaseSet read = growth.phaseSet();
        PhaseSet theirs = growth.savePhases(read.replace(null, phase("Reinforced battalion", 2)));

        assertThatThrownBy(() -> growth.savePhases(read.replace(null, phase("Brigade", 4))))
                .isInstanceOfSatisfying(EditConflictException.class, conflict ->
                        assertThat(conflict.stored()).isEqualTo(theirs));
        assertThat(growth.phaseSet()).isEqualTo(theirs);
        assertThat(theirs.version()).isGreaterThan(read.version());

        PhaseSet reloaded = growth.phaseSet();
        assertThat(growth.savePhases(reloaded.replace(null, new PhaseSet.Phase(null, "Brigade", 4, List.of(),
                List.of(), List.of()))).phases()).extracting(PhaseSet.Phase::name)
                .containsExactly("Reinforced battalion", "Brigade");
    }

    static PhaseSet.Phase phase(String name, int firstPeriod) {
        return new PhaseSet.Phase(null, name, firstPeriod, List.of("Signal"), List.of(), List.of());
    }

    static PhaseSet.Member member(List<PhaseSet.Member> choices, String code) {
        return choices.stream().filter(member -> member.code().equals(code)).findFirst().orElseThrow();
    }

    /** Replaces the stored phases with {@code phases}, based on the set as stored now. */
    private void save(PhaseSet.Phase... phases) {
        growth.savePhases(new PhaseSet(growth.phaseSet().version(), Arrays.asList(phases)));
    }

    private int firstActivePeriod(String post) {
        Scenario scenario = exporter.export();
        return RotationMapper.toSolution(scenario).getSlots().stream()
                .filter(slot -> slot.getPost().id().equals(post)).mapToInt(RotationSlot::getPeriodIndex).min()
                .orElseThrow();
    }
}
