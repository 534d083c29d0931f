package org.jmatu.planner.planning.rotation.solver;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.support.SolveLimits;
import org.jmatu.planner.scenario.Scenario;

/**
 * What a roster solve is asked to do.
 *
 * @param scenario   the data to plan
 * @param start      the roster to start from (the working roster), or empty
 * @param pins       slot ids whose holder in {@code start} is kept as the planner pinned it
 * @param baseline   the published roster: changing one of its holders costs (minimal change); empty when none
 * @param keepBefore slots of periods that end before this day keep their holder in {@code start} for this solve
 *                   only (the past, or the weeks before a drop-out), without becoming pins; null keeps none
 * @param limits     the time limits, or null for the configured ones
 * @param startSeats the course attendees to start from (the working roster's), or empty
 */
public record RotationSolveRequest(Scenario scenario, List<PlanRow> start, Set<String> pins, List<PlanRow> baseline,
                                   LocalDate keepBefore, SolveLimits limits, List<RotationPlan.SeatRow> startSeats) {

    public RotationSolveRequest {
        startSeats = startSeats == null ? List.of() : List.copyOf(startSeats);
    }

    /** A solve that starts with nobody on a course. */
    public RotationSolveRequest(Scenario scenario, List<PlanRow> start, Set<String> pins, List<PlanRow> baseline,
                                LocalDate keepBefore, SolveLimits limits) {
        this(scenario, start, pins, baseline, keepBefore, limits, List.of());
    }

    /** A fresh roster of {@code scenario} within {@code limits}. */
    public static RotationSolveRequest of(Scenario scenario, SolveLimits limits) {
        return new RotationSolveRequest(scenario, List.of(), Set.of(), List.of(), null, limits);
    }

    public RotationSolveRequest withLimits(SolveLimits other) {
        return new RotationSolveRequest(scenario, start, pins, baseline, keepBefore, other, startSeats);
    }

    /** The planning problem: the start applied with the pins, and the kept slots pinned for this solve. */
    public RotationSolution problem() {
        RotationSolution problem = RotationMapper.toSolution(scenario, baseline.isEmpty() ? start : baseline);
        Set<String> kept = new HashSet<>(pins);
        if (keepBefore != null) {
            problem.getSlots().stream().filter(slot -> slot.getPeriod().end().isBefore(keepBefore))
                    .forEach(slot -> kept.add(slot.getId()));
        }
        RotationMapper.applyRows(problem, start, kept);
        RotationMapper.applySeats(problem, startSeats);
        return problem;
    }
}
