package org.jmatu.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The solvers and the independent checker must agree: a solve of the generated unit that both solvers call
 * feasible keeps hard rules 1–16 as the checker reads them, after a trip through the plan file. The budgets
 * leave room for a build machine shared with other builds (speed is measured by the benchmark, not here).
 */
class PlanSolverCrossCheckTest {

    @ParameterizedTest
    @CsvSource({"BATTALION, 20", "BRIGADE, 90"})
    void aSolveOfTheGeneratedUnitPassesTheChecker(Scale scale, int seconds) {
        Scenario scenario = ScenarioGenerator.generate(scale, ScenarioGenerator.DEFAULT_SEED);
        List<String> parts = new ArrayList<>();
        SolveProgress<Object> progress = new SolveProgress<>() {
            @Override
            public boolean stopRequested() {
                return false;
            }

            @Override
            public void improved(String part, Object plan, String score) {
                parts.add(part);
            }
        };

        PlanSolver.Result result = PlanSolver.solve(scenario, Duration.ofSeconds(seconds), progress);

        assertThat(parts).contains("rotation", "calendar");
        assertThat(result.rotationScore()).startsWith("0hard/");
        assertThat(result.calendarScore()).startsWith("0hard/");
        assertThat(result.solverFeasible()).isTrue();

        Plan plan = PlanFiles.read(PlanFiles.write(result.plan()), scenario).value();
        assertThat(PlanChecker.check(scenario, plan)).isEmpty();
        assertThat(plan.exercises()).hasSize(scenario.exercises().size());
        assertThat(plan.gaps()).hasSize((int) plan.rotation().stream().filter(row -> row.person() == null).count());
    }
}
