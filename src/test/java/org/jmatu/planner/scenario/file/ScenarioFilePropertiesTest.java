package org.jmatu.planner.scenario.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;

/**
 * Property: whatever is done to a valid scenario or plan file (see {@link FileMutations}), the reader accepts it
 * or answers with a report whose every line names a record and says what is wrong in a planner's words; it never
 * throws and never quotes the JSON library's own classes or settings. A few hundred tries, a few seconds.
 */
class ScenarioFilePropertiesTest {

    private static final Scenario SMALL = ScenarioGenerator.generate(Scale.BATTALION, 11);
    private static final String SCENARIO = ScenarioFiles.write(SMALL);
    private static final String PLAN = PlanFiles.write(new Plan(Plan.FORMAT, SMALL.name(), "0hard/0medium/0soft",
            List.of(new Plan.RotationRow(SMALL.posts().get(0).id(), 0, SMALL.personnel().get(0).id())),
            List.of(), List.of()));

    @Property(tries = 300, seed = "20270101")
    void aMutatedScenarioFileIsReadOrReported(@ForAll("files") FileMutations.MutatedFile file) {
        ReadResult<Scenario> read = ScenarioFiles.read(new ByteArrayInputStream(file.bytes(SCENARIO)),
                ScenarioFiles.DEFAULT_LIMIT_BYTES);

        assertReadOrReported(read.isValid(), read.report());
    }

    @Property(tries = 200, seed = "20270102")
    void aMutatedPlanFileIsReadOrReported(@ForAll("files") FileMutations.MutatedFile file) {
        ReadResult<Plan> read = PlanFiles.read(new ByteArrayInputStream(file.bytes(PLAN)), SMALL);

        assertReadOrReported(read.isValid(), read.report());
    }

    @Provide
    Arbitrary<FileMutations.MutatedFile> files() {
        return FileMutations.files();
    }

    static void assertReadOrReported(boolean valid, ValidationReport report) {
        if (valid) {
            return;
        }
        assertThat(report.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.record()).isNotBlank().hasSizeLessThan(120);
            assertThat(problem.message()).isNotBlank().hasSizeLessThan(300)
                    .doesNotContainIgnoringCase("jackson").doesNotContain("`").doesNotContain("Exception")
                    .doesNotContain("()");
        });
    }
}
