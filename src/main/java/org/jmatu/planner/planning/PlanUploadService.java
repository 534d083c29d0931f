package org.jmatu.planner.planning;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.scenario.file.ValidationReport;
import org.jmatu.planner.shared.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a plan file onto the current data: a plan made for this data becomes a new draft roster and a new
 * draft calendar (nothing saved before is overwritten); any other file gets the report and changes nothing.
 */
@Service
public class PlanUploadService {

    static final String NOTE = "uploaded from a plan file";

    /**
     * What an upload gave: the roster version it became and whether a calendar was saved too (only when the plan
     * schedules an exercise), or the report of every problem.
     */
    public record PlanUpload(Optional<RosterVersion> roster, boolean calendarSaved, ValidationReport report) {
    }

    private final ScenarioExporter scenarios;
    private final CurrentPlanService plans;
    private final RosterVersionService rosters;
    private final CalendarVersionService calendars;

    PlanUploadService(ScenarioExporter scenarios, CurrentPlanService plans, RosterVersionService rosters,
                      CalendarVersionService calendars) {
        this.scenarios = scenarios;
        this.plans = plans;
        this.rosters = rosters;
        this.calendars = calendars;
    }

    /** One transaction: the roster and the calendar become drafts together, or neither does. */
    @Transactional
    @RolesAllowed("PLANNER")
    public PlanUpload upload(String planFileText) {
        Optional<Scenario> current = scenarios.current();
        if (current.isEmpty()) {
            return refused(ValidationReport.of("data set", "", Message.of("file.no-horizon")));
        }
        Scenario scenario = current.get();
        ReadResult<Plan> read = PlanFiles.read(planFileText == null ? "" : planFileText, scenario);
        if (!read.isValid()) {
            return refused(read.report());
        }
        Plan plan = read.value();
        RotationPlan roster = plans.rosterAsSaved(scenario, plan.rotation().stream()
                .map(row -> new PlanRow(row.post(), row.period(), row.person())).toList(),
                plan.courseSeats().stream().map(seat -> new RotationPlan.SeatRow(seat.course(), seat.person()))
                        .toList());
        RosterVersion saved = rosters.saveDraft(scenario.name(), roster, List.of(), NOTE);
        List<PlannedExercise> scheduled = plan.exercises().stream().filter(row -> row.start() != null)
                .map(row -> new PlannedExercise(row.exercise(), row.start(), row.end(), row.trainingArea(),
                        row.companies())).toList();
        if (!scheduled.isEmpty()) {
            CalendarPlan calendar = plans.calendarAsSaved(scenario, roster, scheduled);
            calendars.saveDraft(scenario.name() + " (" + NOTE + ")", calendar, Set.of(), Set.of());
        }
        return new PlanUpload(Optional.of(saved), !scheduled.isEmpty(), new ValidationReport(List.of(), 0));
    }

    private static PlanUpload refused(ValidationReport report) {
        return new PlanUpload(Optional.empty(), false, report);
    }
}
