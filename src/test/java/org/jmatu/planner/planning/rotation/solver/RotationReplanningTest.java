package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.Scenario;
import org.junit.jupiter.api.Test;

class RotationReplanningTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    private static final LocalDate FAR_OFF = LocalDate.of(2040, 1, 1);

    private final Scenario scenario = ScenarioFixture.withMemberNations()
            .horizon(LocalDate.of(2027, 1, 1), 6, 4, 14)
            .post("J4", "J4 Logistics", "OF-4", "OF-4", List.of("LOGISTICS"), 3, "ANY", List.of("RUS", "USA"), null, null)
            .person("RUS-1", "RUS", "OF-4", List.of("LOGISTICS"), 3, LONG_AGO, FAR_OFF)
            .person("USA-1", "USA", "OF-4", List.of("LOGISTICS"), 3, LONG_AGO, FAR_OFF)
            .build();

    private final List<PlanRow> published = List.of(new PlanRow("J4", 0, "RUS-1"), new PlanRow("J4", 1, "RUS-1"),
            new PlanRow("J4", 2, "USA-1"), new PlanRow("J4", 3, "USA-1"));

    @Test
    void dropOutEndsAvailabilityTheDayBefore() {
        Scenario changed = RotationReplanning.withDropout(scenario, "USA-1", LocalDate.of(2028, 3, 1));
        assertThat(changed.personnel()).filteredOn(person -> person.id().equals("USA-1")).singleElement()
                .extracting(Scenario.Person::availableTo).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThatThrownBy(() -> RotationReplanning.withDropout(scenario, "XXX-9", LocalDate.of(2028, 3, 1)))
                .hasMessageContaining("XXX-9");
    }

    @Test
    void repairKeepsEndedPeriodsStartsFromTheRosterAndRemembersTheBaseline() {
        LocalDate from = LocalDate.of(2028, 3, 1); // in period 2 (2028-H1)
        Scenario changed = RotationReplanning.withDropout(scenario, "USA-1", from);
        RotationSolution problem = new RotationSolveRequest(changed, published, Set.of(), published, from, null)
                .problem();
        assertThat(problem.getSlots()).extracting(RotationSlot::isPinned).containsExactly(true, true, false, false);
        assertThat(problem.getSlots().get(0).getPerson().id()).isEqualTo("RUS-1");
        assertThat(problem.getSlots().get(2).getPerson()).isNull(); // USA-1 is gone from 2028-03-01
        assertThat(problem.getSlots().get(2).getBaseline().id()).isEqualTo("USA-1");
    }

    @Test
    void publishedPastPeriodsShowTheirPublishedHoldersWithoutBecomingPins() {
        RotationSolution solution = RotationMapper.toSolution(scenario);
        RotationReplanning.applyPublishedPast(solution, published, LocalDate.of(2028, 1, 10));
        assertThat(solution.getSlots()).extracting(RotationSlot::isPinned).containsOnly(false);
        assertThat(solution.getSlots().get(1).getPerson().id()).isEqualTo("RUS-1");
        assertThat(solution.getSlots().get(2).getPerson()).isNull(); // a period still to come is left to the solver
    }
}
