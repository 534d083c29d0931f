package org.jmatu.planner.scenario.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.scenario.generator.Scale;
import org.junit.jupiter.api.Test;

/** The optional {@code sourcingRequests} of a scenario file: written when there are some, read back, checked. */
class SourcingRequestsFileTest {

    private static final Scenario BATTALION = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);

    private static Scenario.SourcingRequest open(String post) {
        return new Scenario.SourcingRequest(post, 1, List.of("USA", "RUS"), LocalDate.of(2027, 4, 2), "KEY_POST",
                "UNFILLED", null, "OPEN", null, null);
    }

    @Test
    void pendingRequestsAreWrittenAndReadBackEqual() {
        String post = BATTALION.posts().getFirst().id();
        String person = BATTALION.personnel().getFirst().id();
        String nation = BATTALION.personnel().getFirst().nation();
        Scenario withRequests = BATTALION.withSourcingRequests(List.of(open(post),
                new Scenario.SourcingRequest(post, 2, List.of(nation), LocalDate.of(2027, 10, 2), "ROUTINE",
                        "HOLDER_LEAVES", person, "OFFERED", person, nation)));

        String text = ScenarioFiles.write(withRequests);
        assertThat(text).contains("\"sourcingRequests\": [", "\"state\": \"OFFERED\"", "\"offeredPerson\": \"" + person);
        ReadResult<Scenario> read = ScenarioFiles.read(text);
        assertThat(read.report().problems()).isEmpty();
        assertThat(read.value()).isEqualTo(withRequests);
    }

    @Test
    void aScenarioWithoutRequestsWritesAsBeforeAndReadsAsNone() {
        assertThat(ScenarioFiles.write(BATTALION)).doesNotContain("sourcingRequests");
        assertThat(ScenarioFiles.read(ScenarioFiles.write(BATTALION)).value().sourcingRequests()).isEmpty();
    }

    @Test
    void aRequestForAnUnknownPostOrNationOrInAClosedStateIsReported() {
        String post = BATTALION.posts().getFirst().id();
        Scenario bad = BATTALION.withSourcingRequests(List.of(
                new Scenario.SourcingRequest("NO-SUCH", 1, List.of("XXX"), LocalDate.of(2027, 4, 2), "URGENT",
                        "UNFILLED", null, "ACCEPTED", null, null),
                open(post), open(post)));

        assertThat(ScenarioFiles.validate(bad).problems()).extracting(ValidationReport.Problem::toString)
                .anySatisfy(problem -> assertThat(problem).contains("post").contains("'NO-SUCH' is not a listed post"))
                .anySatisfy(problem -> assertThat(problem).contains("nations[0]"))
                .anySatisfy(problem -> assertThat(problem).contains("priority"))
                .anySatisfy(problem -> assertThat(problem).contains("state").contains("'ACCEPTED'"))
                .anySatisfy(problem -> assertThat(problem).contains("a second pending request for " + post));
    }
}
