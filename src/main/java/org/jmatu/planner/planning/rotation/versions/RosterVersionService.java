package org.jmatu.planner.planning.rotation.versions;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmatu.planner.planning.RosterPublished;
import org.jmatu.planner.planning.RosterReturned;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves rotation rosters as numbered versions. Publishing a version makes it the baseline for re-planning
 * (the latest published version wins); earlier versions stay readable.
 */
@Service
public class RosterVersionService {

    /**
     * What a roster in the works was made from: the newest saved version and the data (the scenario) at the time,
     * so that publishing it can tell whether either has changed since.
     */
    public record Basis(int newestVersion, Scenario scenario) {

        /** The same data, with the version just saved from it as the newest. */
        public Basis after(RosterVersion saved) {
            return new Basis(saved.number(), scenario);
        }
    }

    private final SavedRosterRepository plans;
    private final ScenarioSource scenarios;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public RosterVersionService(SavedRosterRepository plans, ScenarioSource scenarios, Clock clock,
                                ApplicationEventPublisher events) {
        this.plans = plans;
        this.scenarios = scenarios;
        this.clock = clock;
        this.events = events;
    }

    /** The basis for a roster worked out from {@code scenario} from now on. */
    @Transactional(readOnly = true)
    public Basis basis(Scenario scenario) {
        return new Basis(plans.maxPlanNumber(), scenario);
    }

    /**
     * Saves a roster worked out from {@code basis} (a solve's result, hand edits) and publishes it, unless a newer
     * version was saved or the data changed under it meanwhile: then it is kept as a new draft, whose note says
     * why, so it never replaces newer work before a planner has compared the two.
     */
    @Transactional
    @RolesAllowed("PLANNER")
    public RosterVersion saveAndPublish(String name, RotationPlan plan, Collection<String> pinnedSlots, Basis basis) {
        Optional<String> stale = plan.score() == null || plan.feasible() ? staleness(basis)
                : Optional.of("it breaks hard rules (" + plan.score() + "), so it is kept as a draft marked infeasible");
        RosterVersion saved = saveDraft(name, plan, pinnedSlots, stale.map(reason -> "Kept as a draft: " + reason)
                .orElse(null));
        return stale.isPresent() ? saved : publish(saved.id());
    }

    private Optional<String> staleness(Basis basis) {
        int newest = plans.maxPlanNumber();
        if (newest > basis.newestVersion()) {
            return Optional.of("v" + newest + " was saved while this roster was worked out");
        }
        if (!scenarios.current().equals(Optional.of(basis.scenario()))) {
            return Optional.of("the establishment or the nominees changed while this roster was worked out");
        }
        return Optional.empty();
    }

    /**
     * Saves {@code plan} (its rows and course seats) as a new draft version; {@code pinnedSlots} are slot ids such as
     * "DCDR@3". A roster that breaks a hard rule is marked infeasible: it can never be published.
     */
    @Transactional
    @RolesAllowed("PLANNER")
    public RosterVersion saveDraft(String name, RotationPlan plan, Collection<String> pinnedSlots, String note) {
        return saveDraft(name, plan, pinnedSlots, note, false);
    }

    /**
     * Saves {@code plan} as a new draft version, marked infeasible where it breaks a hard rule or where
     * {@code unfinished} (it comes from a solve stopped before it was done).
     */
    @Transactional
    @RolesAllowed("PLANNER")
    public RosterVersion saveDraft(String name, RotationPlan plan, Collection<String> pinnedSlots, String note,
                                   boolean unfinished) {
        // a roster without a score (made by hand, not scored) is not known to break anything
        SavedRoster saved = new SavedRoster(plans.maxPlanNumber() + 1, name, clock.instant(), plan.score(), note,
                unfinished || plan.score() != null && !plan.feasible());
        Set<String> pins = Set.copyOf(pinnedSlots);
        for (PlanRow row : plan.rotation()) {
            saved.getAssignments().add(new SavedRoster.Assignment(row.post(), row.period(), row.person(),
                    pins.contains(row.slotId())));
        }
        plan.courseSeats().forEach(seat -> saved.getSeats().add(new SavedRoster.Seat(seat.course(), seat.person())));
        return view(plans.save(saved));
    }

    /**
     * Publishes the saved draft {@code id} worked out from {@code basis}, unless a newer version was saved or the data
     * changed since: then it stays a draft and the reason is given.
     */
    @Transactional
    @RolesAllowed("PLANNER")
    public Optional<String> publishIfCurrent(long id, Basis basis) {
        Optional<String> stale = staleness(basis);
        if (stale.isEmpty()) {
            publish(id);
        }
        return stale;
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public RosterVersion publish(long id) {
        SavedRoster plan = plans.findById(id).orElseThrow(() -> new IllegalArgumentException("No roster " + id));
        plan.publish(clock.instant(), CurrentUser.username());
        // listeners (force sourcing, notifications) act inside this transaction: the baseline they read is this one
        events.publishEvent(new RosterPublished(plan.getId(), plan.getPlanNumber()));
        return view(plan);
    }

    /** The commander approves a published version; it stays the baseline. */
    @Transactional
    @RolesAllowed("COMMANDER")
    public RosterVersion approve(long id, String comment) {
        SavedRoster plan = plans.findById(id).orElseThrow(() -> new IllegalArgumentException("No roster " + id));
        checkLength(comment);
        plan.approve(comment == null || comment.isBlank() ? null : comment.strip(), clock.instant(),
                CurrentUser.username());
        return view(plan);
    }

    /** The commander returns a published version to draft, saying why. */
    @Transactional
    @RolesAllowed("COMMANDER")
    public RosterVersion returnWithComment(long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Say why the roster goes back");
        }
        checkLength(comment);
        SavedRoster plan = plans.findById(id).orElseThrow(() -> new IllegalArgumentException("No roster " + id));
        plan.returnWithComment(comment.strip(), clock.instant(), CurrentUser.username());
        events.publishEvent(new RosterReturned(plan.getId(), plan.getPlanNumber(), plan.getReviewComment()));
        return view(plan);
    }

    /**
     * The newest published or approved version: the roster the HQ works to. What readers call "current" is
     * decided by {@code planning.CurrentPlanService}, which asks here.
     */
    @Transactional(readOnly = true)
    public Optional<RosterVersion> baseline() {
        return plans.findFirstByStatusInOrderByPlanNumberDesc(List.of(SavedRoster.Status.PUBLISHED,
                SavedRoster.Status.APPROVED)).map(RosterVersionService::view);
    }

    @Transactional(readOnly = true)
    public Optional<RosterVersion> find(long id) {
        return plans.findById(id).map(RosterVersionService::view);
    }

    @Transactional(readOnly = true)
    public Optional<RosterVersion> latest() {
        return plans.findAllByOrderByPlanNumberDesc().stream().findFirst().map(RosterVersionService::view);
    }

    /** Every saved version, newest first (rows included: rosters are small). */
    @Transactional(readOnly = true)
    public List<RosterVersion> versions() {
        return plans.findAllByOrderByPlanNumberDesc().stream().map(RosterVersionService::view).toList();
    }

    private static void checkLength(String comment) {
        if (comment != null && comment.length() > 500) {
            throw new IllegalArgumentException("A comment has at most 500 characters");
        }
    }

    private static RosterVersion view(SavedRoster plan) {
        Set<String> pinned = new LinkedHashSet<>();
        List<PlanRow> rows = plan.getAssignments().stream().map(assignment -> {
            PlanRow row = new PlanRow(assignment.post(), assignment.period(), assignment.person());
            if (assignment.pinned()) {
                pinned.add(row.slotId());
            }
            return row;
        }).toList();
        SavedRoster.Status status = plan.getStatus();
        return new RosterVersion(plan.getId(), plan.getPlanNumber(), plan.getName(),
                status == SavedRoster.Status.PUBLISHED || status == SavedRoster.Status.APPROVED, plan.getCreatedAt(),
                plan.getPublishedAt(), plan.getScore(), plan.getNote(), rows, pinned,
                status == SavedRoster.Status.APPROVED, plan.getReviewComment(), plan.isInfeasible(),
                new RosterVersion.Review(plan.getPublishedBy(), status == SavedRoster.Status.RETURNED,
                        plan.getReviewedBy(), plan.getReviewedAt()),
                plan.getSeats().stream().map(seat -> new RotationPlan.SeatRow(seat.course(), seat.person())).toList());
    }
}
