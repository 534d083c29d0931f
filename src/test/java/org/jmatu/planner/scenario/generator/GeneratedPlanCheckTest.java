package org.jmatu.planner.scenario.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jmatu.planner.check.HardRule;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.check.Violation;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generator's witness roster and the independent checker must agree: two separately written readings of
 * rules 1–9 that accept the same roster, after it has been through the plan file and back.
 */
class GeneratedPlanCheckTest {

    @ParameterizedTest
    @EnumSource(Scale.class)
    void theWitnessRosterKeepsEveryRotationRule(Scale scale) {
        ScenarioGenerator.Generated generated = ScenarioGenerator.generateWithWitness(scale, ScenarioGenerator.DEFAULT_SEED);
        Scenario scenario = generated.scenario();
        List<Plan.RotationRow> rows = generated.witnessRoster().stream()
                .map(slot -> new Plan.RotationRow(slot.post(), slot.period(), slot.person())).toList();
        Plan plan = new Plan(Plan.FORMAT, scenario.name(), null, rows, List.of(), List.of());
        Plan read = PlanFiles.read(PlanFiles.write(plan), scenario).value();

        List<Violation> violations = PlanChecker.check(scenario, read);

        // The witness has no calendar, so only the missing exercise rows may be reported.
        assertThat(violations).allSatisfy(violation -> {
            assertThat(violation.rule()).isEqualTo(HardRule.STRUCTURE);
            assertThat(violation.detail()).startsWith("no exercises row for ");
        });
        assertThat(violations).hasSize(scenario.exercises().size());
    }
}
