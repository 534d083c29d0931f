package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.KAZ;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.USA;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.anyPost;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.period;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.person;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.slot;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.domain.StaffHousing;
import org.jmatu.planner.planning.rotation.solver.justifications.HousingJustification;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** "Housing over capacity": newcomers and the staff they relieve against the family-housing places. */
class HousingOverCapacityTest {

    private final ConstraintVerifier<RotationConstraintProvider, RotationSolution> verifier =
            ConstraintVerifier.build(new RotationConstraintProvider(), RotationSolution.class, RotationSlot.class,
                    CourseSeat.class);

    private final PostFact j1 = anyPost("J1");
    private final PostFact j2 = anyPost("J2");
    private final PostFact j4 = anyPost("J4");
    private final PersonFact kaz1 = person("KAZ-1", KAZ);
    private final PersonFact kaz2 = person("KAZ-2", KAZ);
    private final PersonFact kaz3 = person("KAZ-3", KAZ);
    private final PersonFact usa1 = person("USA-1", USA);
    private final PersonFact usa2 = person("USA-2", USA);
    private final PersonFact usa3 = person("USA-3", USA);

    /** Three posts in period 0 and four places: room for one newcomer at the boundary into period 1. */
    private final StaffHousing fourPlaces = new StaffHousing(period(0), period(1), 4, 3);

    @Test
    void threeNewcomersAtOneBoundaryAreTwoOverCapacity() {
        verifier.verifyThat(RotationConstraintProvider::housingOverCapacity)
                .given(fourPlaces, slot(j1, 0, kaz1), slot(j2, 0, kaz2), slot(j4, 0, kaz3),
                        slot(j1, 1, usa1), slot(j2, 1, usa2), slot(j4, 1, usa3))
                .penalizesBy(2);
    }

    @Test
    void theJustificationSaysWhatToDo() {
        assertThat(new HousingJustification(period(0), period(1), 4, 3, List.of("J1@1", "J2@1", "J4@1")).description())
                .isEqualTo("hand-over into 2028-H2: 3 newcomers and the 3 staff of 2028-H1 need 6 family-housing"
                        + " places, 4 are available (2 over): keep more holders over the boundary");
    }

    @Test
    void holdersKeptOverTheBoundaryOrMovingPostsAreNoArrivals() {
        // KAZ-1 stays on J1, KAZ-2 moves from J2 to J4: only USA-1 arrives, and one place is spare
        verifier.verifyThat(RotationConstraintProvider::housingOverCapacity)
                .given(fourPlaces, slot(j1, 0, kaz1), slot(j2, 0, kaz2), slot(j4, 0, kaz3),
                        slot(j1, 1, kaz1), slot(j2, 1, usa1), slot(j4, 1, kaz2))
                .penalizesBy(0);
    }

    @Test
    void withoutFamilyHousingNothingIsChecked() {
        verifier.verifyThat(RotationConstraintProvider::housingOverCapacity)
                .given(slot(j1, 0, kaz1), slot(j1, 1, usa1))
                .penalizesBy(0);
    }

    /** Period 0 has one place spare for the next period's one slot: no roster can be over there, so it is left out. */
    @Test
    void theMapperGivesFamilyHousingPerBoundaryWhereItCanRunShort() {
        Growth growth = Growth.none().withGarrisons(List.of(
                new Growth.Garrison("FH", "Family housing", "FAMILY_HOUSING", "KAZ", 0,
                        List.of(new Growth.Capacity(0, 2), new Growth.Capacity(1, 1))),
                new Growth.Garrison("BKS", "Barracks", "BARRACKS", "KAZ", 0, List.of(new Growth.Capacity(0, 500)))));
        Scenario scenario = new Scenario(Scenario.FORMAT, "Housing", new Scenario.Horizon(LocalDate.of(2028, 1, 1), 6, 3,
                14), List.of(new Scenario.Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 4, 1)),
                List.of(new Scenario.Post("J1", "J1", "J1 Personnel", "OF-3", "OF-4", List.of(), 0,
                        new Scenario.Sourcing("ANY", null, null, null), null, null, null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Scenario.Pinned.none(), List.of(),
                growth, List.of());

        assertThat(RotationMapper.toSolution(scenario).getHousing()).containsExactly(
                new StaffHousing(period(1), period(2), 1, 1));
    }
}
