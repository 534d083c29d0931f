package org.jmatu.planner.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.GrowthPhases;
import org.jmatu.planner.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Phases give periods to posts and companies that set none of their own; the loader takes them back. */
class GrowthPhasesTest {

    private static final Growth GROWTH = Growth.none().withPhases(List.of(
            new Growth.Phase("Brigade", 2, List.of(), List.of("J9"), List.of("KGZ-2", "UZB-1"))));

    @Test
    void companiesOfAPhaseAreAttachedFromItsFirstPeriodUnlessTheySetTheirOwn() {
        Scenario effective = GrowthPhases.effective(scenario());

        assertThat(effective.companies()).extracting(Scenario.Company::id, Scenario.Company::attachedPeriods)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KGZ-1", List.of(0, 1, 2, 3)),
                        org.assertj.core.groups.Tuple.tuple("KGZ-2", List.of(2, 3)),
                        org.assertj.core.groups.Tuple.tuple("UZB-1", List.of(3)));
        assertThat(effective.posts()).extracting(Scenario.Post::activeFrom).containsExactly(2, 3, null);
    }

    @Test
    void whatThePhaseGivesIsNotStoredAsTheRecordsOwn() {
        Scenario effective = GrowthPhases.effective(scenario());

        assertThat(GrowthPhases.ownActiveFrom(GROWTH, effective.posts().get(0))).isNull();
        assertThat(GrowthPhases.ownActiveFrom(GROWTH, effective.posts().get(1))).isEqualTo(3);
        assertThat(GrowthPhases.ownAttachedPeriods(GROWTH, effective.companies().get(1), 4)).isEmpty();
        assertThat(GrowthPhases.ownAttachedPeriods(GROWTH, effective.companies().get(2), 4)).containsExactly(3);
    }

    private static Scenario scenario() {
        return new Scenario(Scenario.FORMAT, "Phases", new Scenario.Horizon(LocalDate.of(2027, 1, 1), 6, 4, 14),
                List.of(), List.of(post("J9", "J9 Civil-Military", null), post("J8", "J9 Civil-Military", 3),
                post("CDR", "Command Group", null)), List.of(), List.of(),
                List.of(company("KGZ-1", List.of(0, 1, 2, 3)), company("KGZ-2", List.of()), company("UZB-1", List.of(3))),
                List.of(), List.of(), List.of(), Scenario.Pinned.none(), List.of(), GROWTH, List.of());
    }

    private static Scenario.Post post(String id, String section, Integer activeFrom) {
        return new Scenario.Post(id, id, section, "OF-3", "OF-4", List.of(), 2,
                new Scenario.Sourcing("ANY", null, null, null), activeFrom, null, null);
    }

    private static Scenario.Company company(String id, List<Integer> attached) {
        return new Scenario.Company(id, id, "KGZ", "INFANTRY", 100, List.of(), null, new Scenario.Location(0, 0),
                attached, List.of(), List.of());
    }
}
