package org.jmatu.planner.planning.calendar.solver;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.support.SolveLimits;
import org.jmatu.planner.scenario.Scenario;

/**
 * What a calendar solve (or a score or an explanation of a calendar) is asked about.
 *
 * @param scenario        the data to plan, its pinned exercises included
 * @param rosterStandards the equipment standards the HQ roster has maintainers for, by period; empty without a
 *                        roster
 * @param initial         the calendar to start from or to score, or empty
 * @param conferences     when the planning conferences fall before each exercise
 * @param limits          the time limits of a solve, or null for the configured ones
 */
public record CalendarSolveRequest(Scenario scenario, Map<Integer, Set<String>> rosterStandards,
                                   List<PlannedExercise> initial, ConferenceSchedule conferences, SolveLimits limits) {

    public CalendarSolveRequest(Scenario scenario) {
        this(scenario, Map.of(), List.of(), ConferenceSchedule.DEFAULT);
    }

    /** A calendar to score or explain, or to solve within the configured limits. */
    public CalendarSolveRequest(Scenario scenario, Map<Integer, Set<String>> rosterStandards,
                                List<PlannedExercise> initial, ConferenceSchedule conferences) {
        this(scenario, rosterStandards, initial, conferences, null);
    }

    public CalendarSolveRequest withLimits(SolveLimits other) {
        return new CalendarSolveRequest(scenario, rosterStandards, initial, conferences, other);
    }

    public CalendarSolution problem() {
        return CalendarMapper.toSolution(scenario, rosterStandards, initial);
    }
}
