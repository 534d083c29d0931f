package org.jmatu.planner.planning.calendar.versions;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmatu.planner.planning.CalendarPublished;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves exercise calendars as drafts, publishes one, and loads them back with their pins. */
@Service
public class CalendarVersionService {

    /** The newest saved calendar (its id, 0 before any) when a calendar in the works was begun. */
    public record Basis(long newestPlan) {
    }

    private final SavedCalendarRepository plans;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CalendarVersionService(SavedCalendarRepository plans, Clock clock, ApplicationEventPublisher events) {
        this.plans = plans;
        this.clock = clock;
        this.events = events;
    }

    /** Saves {@code plan} as a draft; one that breaks a hard rule is marked infeasible and can never be published. */
    @Transactional
    @RolesAllowed("PLANNER")
    public long saveDraft(String name, CalendarPlan plan, Set<String> pinnedStarts, Set<String> pinnedAreas) {
        return saveDraft(name, plan, pinnedStarts, pinnedAreas, false);
    }

    /**
     * Saves {@code plan} as a draft, marked infeasible where it breaks a hard rule or where {@code unfinished} (it
     * comes from a solve stopped before it was done).
     */
    @Transactional
    @RolesAllowed("PLANNER")
    public long saveDraft(String name, CalendarPlan plan, Set<String> pinnedStarts, Set<String> pinnedAreas,
                          boolean unfinished) {
        SavedCalendar saved = new SavedCalendar(name, plan.scenario(), plan.score(), plan.feasible() && !unfinished,
                LocalDateTime.now(clock));
        for (PlannedExercise row : plan.exercises()) {
            saved.addRow(new SavedCalendarRow(row, pinnedStarts.contains(row.exercise()),
                    pinnedAreas.contains(row.exercise())));
        }
        return plans.save(saved).getId();
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void publish(long id) {
        SavedCalendar plan = plans.findById(id).orElseThrow(() -> new IllegalArgumentException("no calendar plan " + id));
        plan.publish(LocalDateTime.now(clock));
        events.publishEvent(new CalendarPublished(id));
    }

    /** The basis for a calendar worked out from now on. */
    @Transactional(readOnly = true)
    public Basis basis() {
        return new Basis(plans.maxId());
    }

    /**
     * Publishes the saved draft {@code id}, worked out from {@code basis}, unless another calendar was saved since:
     * then it stays a draft, so it never replaces newer work before a planner has compared the two, and the
     * reason is returned.
     */
    @Transactional
    @RolesAllowed("PLANNER")
    public Optional<String> publish(long id, Basis basis) {
        SavedCalendar plan = plans.findById(id).orElseThrow(() -> new IllegalArgumentException("no calendar plan " + id));
        if (!plan.isFeasible()) {
            return Optional.of("it breaks hard rules (" + plan.getScore() + "), so it stays a draft marked infeasible");
        }
        if (plans.countByIdGreaterThanAndIdNot(basis.newestPlan(), id) > 0) {
            return Optional.of("another calendar was saved while this one was worked out");
        }
        publish(id);
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<CalendarVersion> list() {
        return plans.findAllByOrderByCreatedAtDesc().stream().map(CalendarVersionService::toSavedPlan).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CalendarVersion> load(long id) {
        return plans.findById(id).map(CalendarVersionService::toSavedPlan);
    }

    @Transactional(readOnly = true)
    public Optional<CalendarVersion> latestPublished() {
        return plans.findFirstByStatusOrderByPublishedAtDesc(SavedCalendar.Status.PUBLISHED)
                .map(CalendarVersionService::toSavedPlan);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(long id) {
        plans.deleteById(id);
    }

    private static CalendarVersion toSavedPlan(SavedCalendar plan) {
        return new CalendarVersion(plan.getId(), plan.getName(), plan.getScenario(),
                plan.getStatus() == SavedCalendar.Status.PUBLISHED, plan.getScore(), plan.isFeasible(),
                plan.getCreatedAt(), plan.getRows().stream().map(SavedCalendarRow::toPlannedExercise).toList(),
                Set.copyOf(plan.getRows().stream().filter(SavedCalendarRow::isPinnedStart)
                        .map(SavedCalendarRow::getExerciseCode).toList()),
                Set.copyOf(plan.getRows().stream().filter(SavedCalendarRow::isPinnedArea)
                        .map(SavedCalendarRow::getExerciseCode).toList()));
    }
}
