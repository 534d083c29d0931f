package org.jmatu.planner.planning.rotation.solver;

import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.scenario.Scenario;

/**
 * Re-planning after someone drops out: the person becomes unavailable from a date, every slot of a period
 * that ended before that date is pinned as it is, the rest starts from the current roster, and each slot
 * remembers its published holder so that the solver changes as little as possible.
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
                        person.skills(), person.english(), person.availableFrom(), from.minusDays(1))
                        : person)
                .toList();
        return new Scenario(scenario.format(), scenario.name(), scenario.horizon(), scenario.nations(),
                scenario.posts(), personnel, scenario.equipmentTypes(), scenario.companies(),
                scenario.trainingAreas(), scenario.exercises(), scenario.blackouts(), scenario.pinned());
    }

    /**
     * The problem to solve: {@code scenario} (already with the drop-out), the current roster as the start,
     * {@code pins} kept, and every slot of a period ending before {@code from} pinned as it is.
     *
     * @param baseline the published roster (changes from it are penalised); the current roster when none
     */
    public static RotationSolution repairProblem(Scenario scenario, Collection<PlanRow> current, Set<String> pins,
                                                 Collection<PlanRow> baseline, LocalDate from) {
        RotationSolution problem = RotationMapper.toSolution(scenario, baseline.isEmpty() ? current : baseline);
        Set<String> kept = new HashSet<>(pins);
        problem.getSlots().stream().filter(slot -> slot.getPeriod().end().isBefore(from))
                .forEach(slot -> kept.add(slot.getId()));
        RotationMapper.applyRows(problem, current, kept);
        return problem;
    }

    /**
     * Pins every slot of a period that ended before {@code today} to its holder in the published roster: the
     * past is not re-planned.
     */
    public static void pinPublishedPast(RotationSolution solution, Collection<PlanRow> published, LocalDate today) {
        Set<String> past = new HashSet<>();
        solution.getSlots().stream().filter(slot -> slot.getPeriod().end().isBefore(today))
                .forEach(slot -> past.add(slot.getId()));
        List<PlanRow> rows = published.stream().filter(row -> past.contains(row.slotId())).toList();
        RotationMapper.applyRows(solution, rows, past);
    }
}
