package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.support.SolveLimits;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

class RotationSolverServiceTest {

    private final RotationSolverService service = RotationSolverService.standalone();
    private static final SolveLimits EIGHT_SECONDS = new SolveLimits(Duration.ofSeconds(8), Duration.ofSeconds(5));

    @Test
    void theBattalionDemoReachesFeasibility() {
        Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);
        List<String> scores = new ArrayList<>();
        RotationPlan plan = RotationStandaloneSolver.solve(RotationSolveRequest.of(battalion,
                new SolveLimits(Duration.ofSeconds(20), Duration.ofSeconds(5))), scoresInto(scores));
        HardMediumSoftScore score = HardMediumSoftScore.parseScore(plan.score());
        assertThat(score.isSolutionInitialized()).isTrue();
        assertThat(score.hardScore()).isZero();
        assertThat(scores).isNotEmpty().last().isEqualTo(plan.score());
        assertThat(plan.rotation()).hasSize(RotationMapper.toSolution(battalion).getSlots().size());
        assertThat(plan.gaps()).hasSize(-score.mediumScore());
    }

    @Test
    void replanAfterDropOutKeepsEarlierPeriodsAndChangesLittle() {
        Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, 1);
        RotationPlan published = RotationStandaloneSolver.solve(RotationSolveRequest.of(battalion, EIGHT_SECONDS),
                SolveProgress.unwatched());
        PlanRow dropped = published.rotation().stream()
                .filter(row -> row.period() == 3 && row.person() != null && row.post().equals("J4-CH")).findFirst()
                .orElseThrow();
        LocalDate from = LocalDate.of(2028, 8, 15); // in period 3 (2028-H2)
        Scenario changed = RotationReplanning.withDropout(battalion, dropped.person(), from);
        RotationPlan repaired = RotationStandaloneSolver.solve(new RotationSolveRequest(changed, published.rotation(),
                Set.of(), published.rotation(), from, EIGHT_SECONDS), SolveProgress.unwatched());

        assertThat(repaired.score()).startsWith("0hard");
        assertThat(repaired.rotation()).filteredOn(row -> row.period() >= 3)
                .extracting(PlanRow::person).doesNotContain(dropped.person());
        assertThat(repaired.rotation()).filteredOn(row -> row.period() < 3)
                .containsExactlyElementsOf(published.rotation().stream().filter(row -> row.period() < 3).toList());
        Set<PlanRow> before = new HashSet<>(published.rotation());
        long changes = repaired.rotation().stream().filter(row -> !before.contains(row)).count();
        assertThat(changes).isBetween(1L, 8L);
    }

    @Test
    void infeasibleScenarioYieldsGapsWithReasonsNotAnException() {
        Scenario scenario = ScenarioFixture.withMemberNations()
                .horizon(LocalDate.of(2028, 1, 1), 6, 2, 14)
                .post("J4", "J4", "OF-4", "OF-4", List.of("LOGISTICS"), 3, "ANY", List.of("RUS", "USA", "CHN"),
                        null, null)
                .post("CDR", "Command Group", "OF-5", "OF-6", List.of("COMMAND"), 3, "FIXED", List.of("KAZ"), null, null)
                .person("KAZ-1", "KAZ", "OF-5", List.of("COMMAND"), 3, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30))
                .build();
        RotationPlan plan = RotationStandaloneSolver.solve(RotationSolveRequest.of(scenario,
                new SolveLimits(Duration.ofSeconds(2), Duration.ofSeconds(2))), SolveProgress.unwatched());
        assertThat(plan.score()).startsWith("0hard/-3medium");
        assertThat(plan.rotation()).containsExactly(new PlanRow("J4", 0, null), new PlanRow("J4", 1, null),
                new PlanRow("CDR", 0, "KAZ-1"), new PlanRow("CDR", 1, null));
        assertThat(plan.gaps()).extracting(Gap::reason).contains(
                "RUS, USA or CHN must nominate an OF-4 for J4 J4 officer (LOGISTICS, English 3) available from"
                        + " 2028-06-17 to 2028-12-31: no eligible nominee",
                "KAZ must nominate an OF-5..OF-6 for CDR CDR officer (COMMAND, English 3) available from"
                        + " 2028-06-17 to 2028-12-31: no eligible nominee");
    }

    @Test
    void explainsKeyGroupClashInPlannerWords() {
        RotationSolution solution = RotationMapper.toSolution(ScenarioFixture.withMemberNations()
                .horizon(LocalDate.of(2028, 1, 1), 6, 1, 14)
                .post("DCDR", "Command Group", "OF-5", "OF-5", List.of("COMMAND"), 3, "ROTATING",
                        List.of("USA", "RUS", "CHN"), "COMMAND_TEAM", null)
                .post("XO", "Command Group", "OF-4", "OF-5", List.of("COMMAND"), 3, "ROTATING",
                        List.of("USA", "RUS", "CHN"), "COMMAND_TEAM", null)
                .person("RUS-1", "RUS", "OF-5", List.of("COMMAND"), 3, LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1))
                .person("RUS-2", "RUS", "OF-5", List.of("COMMAND"), 3, LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1))
                .build());
        solution.getSlots().get(0).setPerson(solution.getPersonnel().get(0));
        solution.getSlots().get(1).setPerson(solution.getPersonnel().get(1));
        RotationExplanation explanation = service.explain(solution);
        assertThat(explanation.score()).startsWith("-1hard");
        assertThat(explanation.constraints()).extracting(RotationExplanation.ConstraintLine::name)
                .contains("Key group nations differ");
        assertThat(explanation.forSlot("XO@0"))
                .contains("Key group nations differ: XO in 2028-H1: RUS already holds DCDR in that period");

        List<NomineeOption> options = service.rankNominees(solution, solution.getSlots().get(1));
        assertThat(options.getFirst().person()).isNull(); // leaving XO empty beats a second Russian
        assertThat(options.getFirst().change()).startsWith("1hard/-1medium");
        assertThat(solution.getSlots().get(1).getPerson().id()).isEqualTo("RUS-2"); // restored
    }

    private static SolveProgress<RotationPlan> scoresInto(List<String> scores) {
        return new SolveProgress<>() {
            @Override
            public boolean stopRequested() {
                return false;
            }

            @Override
            public void improved(String part, RotationPlan best, String score) {
                scores.add(score);
            }
        };
    }
}
