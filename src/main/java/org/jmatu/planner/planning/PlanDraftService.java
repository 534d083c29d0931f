package org.jmatu.planner.planning;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a whole solved plan (from {@link PlanSolver}) as two new drafts, a roster version and a calendar, so a
 * solve run from outside the views never replaces a version someone saved or edited meanwhile. Only planners
 * may (the two services check).
 */
@Service
public class PlanDraftService {

    /** The new drafts: the roster version's id and number, and the calendar's id. */
    public record SavedDrafts(long rosterId, int rosterVersion, long calendarId) {
    }

    private final RosterVersionService rosters;
    private final CalendarVersionService calendars;
    private final Clock clock;

    PlanDraftService(RosterVersionService rosters, CalendarVersionService calendars, Clock clock) {
        this.rosters = rosters;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional
    public SavedDrafts saveDrafts(PlanSolver.Result result, String note) {
        return saveDrafts(result, note, false);
    }

    /**
     * Keeps the plan as two drafts; each is marked infeasible (never published, never current) where it breaks a
     * hard rule, and both are where {@code unfinished} (the solve was stopped before its time was up).
     */
    @Transactional
    public SavedDrafts saveDrafts(PlanSolver.Result result, String note, boolean unfinished) {
        String scenario = result.plan().scenario();
        RosterVersion roster = rosters.saveDraft(scenario, result.roster(), List.of(), note, unfinished);
        long calendar = calendars.saveDraft(DraftNames.of(scenario, clock), result.calendar(),
                Set.of(), Set.of(), unfinished);
        return new SavedDrafts(roster.id(), roster.number(), calendar);
    }
}
