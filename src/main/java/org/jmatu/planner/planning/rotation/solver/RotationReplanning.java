package org.jmatu.planner.planning.rotation.solver;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.Scenario;

/**
 * Re-planning after someone drops out: the person becomes unavailable from a date; the solve keeps every slot of
 * a period that ended before that date as it is and starts the rest from the current roster (see
 * {@link RotationSolveRequest}), and each slot remembers its published holder so that the solver changes as
 * little as possible.
 */
public final class RotationReplanning {

    private RotationReplanning() {
    }

    /** {@code scenario} with {@code personId} available only until the day before {@code from}. */
    public static Scenario withDropout(Scenario scenario, String personId, LocalDate from) {
        boolean known = scenario.personnel().stream().anyMatch(person -> person.id().equals(personId));
        if (!known) {
            throw new IllegalArgumentException("personnel: no person '" + personId + "'");
        }
        List<Scenario.Person> personnel = scenario.personnel().stream()
                .map(person -> person.id().equals(personId)
                        ? new Scenario.Person(person.id(), person.name(), person.nation(), person.rank(),
                        person.skills(), person.english(), person.availableFrom(), from.minusDays(1), person.nativeName())
                        : person)
                .toList();
        return scenario.withPersonnel(personnel);
    }

    /**
     * Puts the published roster's holders back in every slot of a period that ended before {@code today}: what
     * happened is what was published. Solves keep them (see {@link RotationSolveRequest#keepBefore()}); they are
     * not pins, so they do not travel into saved versions as a planner's decisions.
     */
    public static void applyPublishedPast(RotationSolution solution, Collection<PlanRow> published, LocalDate today) {
        Set<String> past = new HashSet<>();
        solution.getSlots().stream().filter(slot -> slot.getPeriod().end().isBefore(today))
                .forEach(slot -> past.add(slot.getId()));
        List<PlanRow> rows = published.stream().filter(row -> past.contains(row.slotId())).toList();
        // applied as pins so that a holder who would not qualify today still shows, then unpinned
        RotationMapper.applyRows(solution, rows, past);
        solution.getSlots().stream().filter(slot -> past.contains(slot.getId())).forEach(RotationSlot::unpin);
    }
}
