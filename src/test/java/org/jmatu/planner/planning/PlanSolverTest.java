package org.jmatu.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmatu.planner.planning.calendar.versions.RosterMaintainers;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

class PlanSolverTest {

    @Test
    void theRosterGivesWayOnceFeasibleAndSettledOnItsHardAndMediumLevels() {
        SolveProgress<Object> roster = PlanSolver.settling(SolveProgress.unwatched(), Duration.ZERO);
        assertThat(roster.stopRequested()).as("nothing found yet").isFalse();
        roster.improved("rotation", null, "-12init/0hard/-40medium/0soft");
        assertThat(roster.stopRequested()).as("not complete").isFalse();
        roster.improved("rotation", null, "-1hard/-3medium/-900soft");
        assertThat(roster.stopRequested()).as("a hard rule broken").isFalse();
        roster.improved("rotation", null, "0hard/-2medium/-950soft");
        assertThat(roster.stopRequested()).as("feasible, settled for the (zero) settle time").isTrue();

        SolveProgress<Object> patient = PlanSolver.settling(SolveProgress.unwatched(), Duration.ofHours(1));
        patient.improved("rotation", null, "0hard/-2medium/-950soft");
        patient.improved("rotation", null, "0hard/-2medium/-900soft");
        assertThat(patient.stopRequested()).as("soft gains only, but not settled for an hour yet").isFalse();
    }

    @Test
    void theCombinedScoreAddsHardAndSoftAndKeepsTheRostersMedium() {
        assertThat(PlanSolver.combinedScore(HardMediumSoftScore.of(0, -2, -1830), HardSoftScore.of(0, -640)))
                .isEqualTo("0hard/-2medium/-2470soft");
        assertThat(PlanSolver.combinedScore(HardMediumSoftScore.of(-1, 0, -10), HardSoftScore.of(-3, -5)))
                .isEqualTo("-4hard/0medium/-15soft");
        assertThat(PlanSolver.combinedScore(HardMediumSoftScore.ofUninitialized(-3, 0, -1, -10),
                HardSoftScore.of(0, -5))).isEqualTo("-3init/0hard/-1medium/-15soft");
        assertThat(PlanSolver.combinedScore(null, HardSoftScore.ZERO)).isNull();
    }

    @Test
    void theRosterMaintainsTheStandardsItsHoldersHaveTheSkillsFor() {
        Scenario scenario = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);
        Scenario.Person natoMaintainer = scenario.personnel().stream()
                .filter(person -> person.skills().contains("MAINT_NATO")).findFirst().orElseThrow();
        Scenario.Person sovietMaintainer = scenario.personnel().stream()
                .filter(person -> person.skills().contains("MAINT_SOVIET")
                        && !person.skills().contains("MAINT_NATO")).findFirst().orElseThrow();

        Map<Integer, Set<String>> standards = RosterMaintainers.coverage(scenario, List.of(
                new PlanRow("A", 0, natoMaintainer.id()), new PlanRow("B", 1, sovietMaintainer.id()),
                new PlanRow("C", 2, null)));

        assertThat(standards).hasSize(scenario.horizon().periods());
        assertThat(standards.get(0)).contains("NATO");
        assertThat(standards.get(1)).contains("SOVIET").doesNotContain("NATO");
        assertThat(standards.get(2)).isEmpty();
    }
}
