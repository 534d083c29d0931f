package org.jmatu.planner.planning;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.export.CalendarIcsExporter;
import org.jmatu.planner.planning.calendar.export.EventVersions;
import org.jmatu.planner.planning.calendar.solver.CalendarSolveRequest;
import org.jmatu.planner.planning.calendar.solver.CalendarSolverService;
import org.jmatu.planner.planning.calendar.versions.CalendarVersion;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.calendar.versions.RosterMaintainers;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.planning.rotation.solver.RotationSolverService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.springframework.stereotype.Service;

/**
 * The one place that decides what the current plan is: the newest PUBLISHED roster (published or approved) and the
 * newest PUBLISHED calendar of this scenario. A draft, and above all a draft marked infeasible (it breaks a hard
 * rule or comes from a solve stopped early, and can never be published), is never current: where nothing is
 * published, readers get nothing (the org chart, "My nation's roster" and the calendar feeds say so) rather than a
 * draft. The plan file of the current plan is scored afresh against the data as it is now, with the gaps and
 * their reasons.
 */
// the plan names every nation's nominees: for the HQ's planners and commander, not for liaison officers
@Service
@RolesAllowed({"PLANNER", "COMMANDER"})
public class CurrentPlanService {

    private final ScenarioExporter scenarios;
    private final RosterVersionService rosters;
    private final RotationSolverService rotation;
    private final CalendarVersionService calendars;
    private final CalendarSolverService calendar;
    private final EventVersions eventVersions;

    CurrentPlanService(ScenarioExporter scenarios, RosterVersionService rosters, RotationSolverService rotation,
                       CalendarVersionService calendars, CalendarSolverService calendar, EventVersions eventVersions) {
        this.scenarios = scenarios;
        this.rosters = rosters;
        this.rotation = rotation;
        this.calendars = calendars;
        this.calendar = calendar;
        this.eventVersions = eventVersions;
    }

    /**
     * The current plan, or empty while no planning horizon is set up. A part with nothing published is empty: no
     * roster rows (every slot a gap) or no exercise scheduled.
     */
    public Optional<Plan> current() {
        return scenarios.current().map(scenario -> plan(scenario, currentRosterRows(),
                currentRoster().map(RosterVersion::courseSeats).orElse(List.of()), currentExercises(scenario)));
    }

    /**
     * The current calendar with its planning conferences as iCalendar (the liaison officers' feed): only what
     * concerns {@code nation} (it hosts or sends a company), or everything for null. Empty while no planning
     * horizon is set up. The feed names exercises, areas and companies, no nominee, so liaison officers read it.
     */
    @RolesAllowed({"PLANNER", "COMMANDER", "LIAISON"})
    public Optional<String> calendarIcs(String nation) {
        return scenarios.current().map(scenario -> CalendarIcsExporter.export(scenario,
                calendar.evaluate(new CalendarSolveRequest(scenario,
                        RosterMaintainers.coverage(scenario, currentRosterRows()), currentExercises(scenario),
                        ConferenceSchedule.DEFAULT)),
                nation, eventVersions));
    }

    /**
     * The roster the HQ works to: the newest published (or approved) version; empty while none is. Never a draft.
     * The org chart and "My nation's roster" read it here (their own checks say what each reader may see of it).
     */
    @RolesAllowed({"PLANNER", "COMMANDER", "LIAISON"})
    public Optional<RosterVersion> currentRoster() {
        return rosters.baseline().filter(roster -> !roster.infeasible());
    }

    /** The current calendar: the newest published one of {@code scenario}; empty while none is. Never a draft. */
    @RolesAllowed({"PLANNER", "COMMANDER", "LIAISON"})
    public Optional<CalendarVersion> currentCalendar(Scenario scenario) {
        return calendars.latestPublished().filter(saved -> saved.scenario().equals(scenario.name()))
                .filter(CalendarVersion::feasible);
    }

    /** What is published, in words: "roster v3 (published), calendar \"Battalion 2027-03-01 10:00\"", or "nothing". */
    public String publishedState() {
        Optional<RosterVersion> roster = currentRoster();
        Optional<CalendarVersion> calendar = scenarios.current().flatMap(this::currentCalendar);
        if (roster.isEmpty() && calendar.isEmpty()) {
            return "nothing is published";
        }
        return "roster " + roster.map(RosterVersion::label).orElse("not published") + "; calendar "
                + calendar.map(CalendarVersion::name).orElse("not published");
    }

    /**
     * The published roster's and calendar's rows as they were saved, without scoring them afresh (burden sharing
     * counts what was agreed); empty while no planning horizon is set up.
     */
    public Optional<Plan> published() {
        return scenarios.current().map(scenario -> new Plan(Plan.FORMAT, scenario.name(), null,
                currentRosterRows().stream().map(row -> new Plan.RotationRow(row.post(), row.period(), row.person()))
                        .toList(),
                currentExercises(scenario).stream().map(row -> new Plan.ExerciseRow(row.exercise(), row.start(),
                        row.end(), row.trainingArea(), row.companies())).toList(),
                List.of()));
    }

    private List<PlanRow> currentRosterRows() {
        return currentRoster().map(RosterVersion::rows).orElse(List.of());
    }

    private List<PlannedExercise> currentExercises(Scenario scenario) {
        return currentCalendar(scenario).map(CalendarVersion::exercises).orElse(List.of());
    }

    /**
     * The plan file of these roster rows and calendar rows for {@code scenario}: a row for every active slot
     * (the saved holder as saved, even where the data has changed since and the checker will object), a gap
     * with its reason for each unfilled one, one row per exercise (unscheduled where the calendar has none) and
     * the combined score of both parts as they score now.
     */
    public Plan plan(Scenario scenario, List<PlanRow> roster, List<PlannedExercise> exercises) {
        return plan(scenario, roster, List.of(), exercises);
    }

    /** The plan file of these roster rows, course places and calendar rows for {@code scenario}. */
    public Plan plan(Scenario scenario, List<PlanRow> roster, List<RotationPlan.SeatRow> seats,
                     List<PlannedExercise> exercises) {
        RotationPlan rotationPlan = rosterAsSaved(scenario, roster, seats);
        CalendarPlan calendarPlan = calendarAsSaved(scenario, rotationPlan, exercises);
        HardSoftScore calendarScore = calendarPlan.score() == null ? null : HardSoftScore.parseScore(calendarPlan.score());

        return new Plan(Plan.FORMAT, scenario.name(),
                PlanSolver.combinedScore(HardMediumSoftScore.parseScore(rotationPlan.score()), calendarScore),
                rotationPlan.rotation().stream()
                        .map(row -> new Plan.RotationRow(row.post(), row.period(), row.person())).toList(),
                PlanSolver.exerciseRows(scenario, calendarPlan),
                rotationPlan.gaps().stream().map(gap -> new Plan.Gap(gap.post(), gap.period(), gap.reason())).toList())
                .withCourseSeats(rotationPlan.courseSeats().stream()
                        .map(seat -> new Plan.CourseSeat(seat.course(), seat.person())).toList());
    }

    /**
     * The roster of these rows and course places, scored against {@code scenario}, with a gap and its reason for each
     * unfilled slot.
     */
    RotationPlan rosterAsSaved(Scenario scenario, List<PlanRow> roster, List<RotationPlan.SeatRow> seats) {
        RotationSolution solution = RotationMapper.toSolution(scenario);
        Set<String> every = new HashSet<>();
        solution.getSlots().stream().map(RotationSlot::getId).forEach(every::add);
        // A saved row holds as saved (pinned, so an ineligible holder is kept and scored as a broken rule).
        RotationMapper.applyRows(solution, roster, every);
        RotationMapper.applySeats(solution, seats);
        rotation.update(solution);
        return RotationMapper.toPlan(solution);
    }

    /** The calendar of these rows, scored against {@code scenario} with the maintainers {@code roster} provides. */
    CalendarPlan calendarAsSaved(Scenario scenario, RotationPlan roster, List<PlannedExercise> exercises) {
        return calendar.evaluate(new CalendarSolveRequest(scenario,
                RosterMaintainers.coverage(scenario, roster.rotation()), exercises, ConferenceSchedule.DEFAULT));
    }
}
