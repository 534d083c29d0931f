package org.jmatu.planner.planning.rotation.versions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;

/** What changed between two saved roster versions, slot by slot from their rows, and in their English course seats. */
public record RosterComparison(RosterVersion a, RosterVersion b, List<Slot> slots) {

    /**
     * One post in one period: its holder in version A and in B. A holder is null for an unfilled slot; {@code inA}
     * or {@code inB} is false where that version has no such slot (the post was not active there).
     */
    public record Slot(String post, int period, boolean inA, String holderA, boolean inB, String holderB) {

        public boolean changed() {
            return inA != inB || !Objects.equals(holderA, holderB);
        }

        boolean unfilledInA() {
            return inA && holderA == null;
        }

        boolean unfilledInB() {
            return inB && holderB == null;
        }
    }

    /** Slots in A's row order, then those only B has. */
    public static RosterComparison of(RosterVersion a, RosterVersion b) {
        Map<String, PlanRow> inB = new LinkedHashMap<>();
        b.rows().forEach(row -> inB.put(row.slotId(), row));
        List<Slot> slots = new ArrayList<>();
        for (PlanRow row : a.rows()) {
            PlanRow other = inB.remove(row.slotId());
            slots.add(new Slot(row.post(), row.period(), true, row.person(), other != null,
                    other == null ? null : other.person()));
        }
        inB.values().forEach(row -> slots.add(new Slot(row.post(), row.period(), false, null, true, row.person())));
        return new RosterComparison(a, b, List.copyOf(slots));
    }

    /** An English course seat one version gives and the other does not: {@code person} attends {@code course}. */
    public record SeatChange(String course, String person, boolean inA, boolean inB) {
    }

    /** The course seats only one of the two versions gives, by course and attendee. */
    public List<SeatChange> seatChanges() {
        Set<RotationPlan.SeatRow> inA = new HashSet<>(a.courseSeats());
        Set<RotationPlan.SeatRow> inB = new HashSet<>(b.courseSeats());
        Set<RotationPlan.SeatRow> either = new TreeSet<>(Comparator.comparing(RotationPlan.SeatRow::course)
                .thenComparing(RotationPlan.SeatRow::person));
        either.addAll(inA);
        either.addAll(inB);
        return either.stream().filter(seat -> inA.contains(seat) != inB.contains(seat))
                .map(seat -> new SeatChange(seat.course(), seat.person(), inA.contains(seat), inB.contains(seat)))
                .toList();
    }

    public long changes() {
        return slots.stream().filter(Slot::changed).count();
    }

    /** Slots unfilled in B that A had filled (or did not have). */
    public long unfilledAdded() {
        return slots.stream().filter(slot -> slot.unfilledInB() && !slot.unfilledInA()).count();
    }

    /** Slots unfilled in A that B fills (or no longer has). */
    public long unfilledRemoved() {
        return slots.stream().filter(slot -> slot.unfilledInA() && !slot.unfilledInB()).count();
    }
}
