package org.jmatu.planner.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.GarrisonKind;
import org.junit.jupiter.api.Test;

class HousingLoadsTest {

    /** Period 0: A and B hold posts; period 1: A stays, C and D arrive during the hand-over overlap before it. */
    private static final List<Plan.RotationRow> ROSTER = List.of(new Plan.RotationRow("CDR", 0, "A"),
            new Plan.RotationRow("J3", 0, "B"), new Plan.RotationRow("CDR", 1, "A"), new Plan.RotationRow("J3", 1, "C"),
            new Plan.RotationRow("J2", 1, "D"));

    @Test
    void newcomersOverlapTheHoldersTheyRelieve() {
        List<HousingLoad> loads = HousingLoads.of(scenario(3, 150), ROSTER);

        assertThat(loads).contains(new HousingLoad(0, GarrisonKind.FAMILY_HOUSING, 4, 3),
                new HousingLoad(1, GarrisonKind.FAMILY_HOUSING, 3, 3));
        assertThat(HousingLoads.overCapacity(scenario(3, 180), ROSTER)).singleElement()
                .satisfies(load -> assertThat(load.excess()).isEqualTo(1));
    }

    @Test
    void attachedCompaniesFillTheBarracks() {
        // a company of 100 attached in both periods, one of 80 in period 1 only
        assertThat(HousingLoads.overCapacity(scenario(10, 150), ROSTER)).containsExactly(
                new HousingLoad(1, GarrisonKind.BARRACKS, 180, 150));
        assertThat(HousingLoads.overCapacity(scenario(10, 180), ROSTER)).isEmpty();
    }

    @Test
    void aScenarioWithoutGarrisonsIsNotChecked() {
        assertThat(HousingLoads.of(scenario(3, 150).withGrowth(Growth.none()), ROSTER)).isEmpty();
    }

    private static Scenario scenario(int familyPlaces, int barracksPlaces) {
        Growth growth = Growth.none().withGarrisons(List.of(
                new Growth.Garrison("FH", "Family housing", "FAMILY_HOUSING", "KAZ", 0,
                        List.of(new Growth.Capacity(0, familyPlaces))),
                new Growth.Garrison("BKS", "Barracks", "BARRACKS", "KAZ", 0, List.of(new Growth.Capacity(0, barracksPlaces)))));
        return new Scenario(Scenario.FORMAT, "Housing", new Scenario.Horizon(LocalDate.of(2027, 1, 1), 6, 2, 14),
                List.of(), List.of(), List.of(), List.of(),
                List.of(company("C1", 100, List.of(0, 1)), company("C2", 80, List.of(1))),
                List.of(), List.of(), List.of(), Scenario.Pinned.none(), List.of(), growth, List.of());
    }

    private static Scenario.Company company(String id, int strength, List<Integer> attached) {
        return new Scenario.Company(id, id, "KGZ", "INFANTRY", strength, List.of(), null, new Scenario.Location(0, 0),
                attached, List.of(), List.of());
    }
}
