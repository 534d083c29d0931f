package org.jmatu.planner.planning.rotation.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterComparison.SeatChange;
import org.jmatu.planner.planning.rotation.versions.RosterComparison.Slot;
import org.junit.jupiter.api.Test;

class RosterComparisonTest {

    @Test
    void listsEverySlotWithItsHolderInBothVersionsAndCountsWhatChanged() {
        RosterVersion a = roster(1, "0hard/0medium/-900soft", new PlanRow("CDR", 0, "KAZ-0001"),
                new PlanRow("CDR", 1, "KAZ-0002"), new PlanRow("J4", 0, null), new PlanRow("J6", 0, "USA-0001"));
        RosterVersion b = roster(2, "0hard/0medium/-700soft", new PlanRow("CDR", 0, "KAZ-0001"),
                new PlanRow("CDR", 1, "KAZ-0003"), new PlanRow("J4", 0, "TJK-0004"), new PlanRow("J6", 0, null),
                new PlanRow("J9", 0, null));

        RosterComparison comparison = RosterComparison.of(a, b);

        assertThat(comparison.slots()).containsExactly(
                new Slot("CDR", 0, true, "KAZ-0001", true, "KAZ-0001"),
                new Slot("CDR", 1, true, "KAZ-0002", true, "KAZ-0003"),
                new Slot("J4", 0, true, null, true, "TJK-0004"),
                new Slot("J6", 0, true, "USA-0001", true, null),
                new Slot("J9", 0, false, null, true, null));
        assertThat(comparison.slots()).extracting(Slot::changed).containsExactly(false, true, true, true, true);
        assertThat(comparison.changes()).isEqualTo(4);
        assertThat(comparison.unfilledAdded()).isEqualTo(2); // J6 emptied, J9 new and empty
        assertThat(comparison.unfilledRemoved()).isEqualTo(1); // J4 filled
        assertThat(comparison.a().score()).isEqualTo("0hard/0medium/-900soft");
        assertThat(comparison.b().score()).isEqualTo("0hard/0medium/-700soft");
    }

    @Test
    void aVersionComparedWithItselfHasNoChanges() {
        RosterVersion a = roster(1, null, new PlanRow("CDR", 0, "KAZ-0001"), new PlanRow("J4", 0, null));
        RosterComparison comparison = RosterComparison.of(a, a);
        assertThat(comparison.changes()).isZero();
        assertThat(comparison.unfilledAdded()).isZero();
        assertThat(comparison.unfilledRemoved()).isZero();
    }

    @Test
    void listsTheCourseSeatsOnlyOneVersionGives() {
        RosterVersion a = withSeats(roster(1, null, new PlanRow("CDR", 0, "KAZ-0001")),
                new RotationPlan.SeatRow("ENG-A", "KAZ-0002"), new RotationPlan.SeatRow("ENG-A", "KAZ-0003"));
        RosterVersion b = withSeats(roster(2, null, new PlanRow("CDR", 0, "KAZ-0001")),
                new RotationPlan.SeatRow("ENG-B", "KAZ-0004"), new RotationPlan.SeatRow("ENG-A", "KAZ-0003"));

        assertThat(RosterComparison.of(a, b).seatChanges()).containsExactly(
                new SeatChange("ENG-A", "KAZ-0002", true, false),
                new SeatChange("ENG-B", "KAZ-0004", false, true));
        assertThat(RosterComparison.of(a, a).seatChanges()).isEmpty();
        assertThat(RosterComparison.of(a, b).changes()).as("the slots are the same").isZero();
    }

    private static RosterVersion withSeats(RosterVersion version, RotationPlan.SeatRow... seats) {
        return new RosterVersion(version.id(), version.number(), version.name(), false, Instant.EPOCH, null,
                version.score(), null, version.rows(), Set.of(), false, null, false, RosterVersion.Review.NONE,
                List.of(seats));
    }

    private static RosterVersion roster(int number, String score, PlanRow... rows) {
        return new RosterVersion(number, number, "v" + number, false, Instant.EPOCH, null, score, null, List.of(rows),
                Set.of(), false, null, false, RosterVersion.Review.NONE);
    }
}
