package org.jmatu.planner.sourcing;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.RosterPublished;
import org.jmatu.planner.planning.SlotNeeds;
import org.jmatu.planner.planning.SlotNeeds.NomineeCheck;
import org.jmatu.planner.planning.SlotNeeds.SlotNeed;
import org.jmatu.planner.scenario.database.ScenarioPins;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Force sourcing: requests to the nations for the slots a published roster leaves open, their offers and declines,
 * and the planners' acceptance, which pins the nominee into the next solve. A liaison officer reads and answers
 * only the requests that ask their own nation, and offers only their own nation's eligible nominees: checked here,
 * for the views and the HTTP API alike.
 */
@Service
@EnableConfigurationProperties(SourcingSettings.class)
public class SourcingService {

    private static final Set<RequestState> STANDING = Set.of(RequestState.OPEN, RequestState.OFFERED,
            RequestState.ACCEPTED, RequestState.DECLINED);

    private final SourcingRequestRepository requests;
    private final SlotNeeds needs;
    private final SourcingSettings settings;
    private final StaffingService staffing;
    private final ScenarioPins pins;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SourcingService(SourcingRequestRepository requests, SlotNeeds needs, SourcingSettings settings,
                    StaffingService staffing, ScenarioPins pins, Clock clock, ApplicationEventPublisher events) {
        this.requests = requests;
        this.needs = needs;
        this.settings = settings;
        this.staffing = staffing;
        this.pins = pins;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A published roster's open slots become requests. Requests already standing for a slot are kept (with their
     * answers); a pending one whose slot no longer needs anyone is withdrawn.
     */
    @EventListener
    @Transactional
    public void rosterPublished(RosterPublished published) {
        List<SlotNeed> open = needs.of(published.id());
        Map<String, SourcingRequest> standing = new HashMap<>();
        requests.findByStateIn(STANDING).forEach(request -> standing.put(request.slotId(), request));
        Set<String> needed = new LinkedHashSet<>();
        Set<String> asked = new LinkedHashSet<>();
        int raised = 0;
        for (SlotNeed need : open) {
            String slot = need.post() + "@" + need.period();
            needed.add(slot);
            if (!standing.containsKey(slot)) {
                requests.save(new SourcingRequest(need, dueDate(need), published.number(), clock.instant()));
                asked.addAll(need.nations());
                raised++;
            }
        }
        standing.values().stream().filter(request -> request.getState().pending())
                .filter(request -> !needed.contains(request.slotId()))
                .forEach(request -> request.withdraw(CurrentUser.username(), clock.instant()));
        if (raised > 0) {
            events.publishEvent(new SourcingEvents.RequestsRaised(raised, asked, published.number()));
        }
    }

    private LocalDate dueDate(SlotNeed need) {
        int lead = need.nations().stream().mapToInt(settings::leadDays).max().orElse(settings.leadDays());
        return need.start().minusDays(lead);
    }

    /**
     * The requests the signed-in user may read (a liaison officer: those asking their nation), pending ones first,
     * overdue before the rest, then by priority and due date.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
    public List<SourcingRequest> requests() {
        LocalDate today = LocalDate.now(clock);
        return requests.findAllByOrderByDueDateAscIdAsc().stream().filter(SourcingService::visible)
                .sorted(Comparator.comparing((SourcingRequest request) -> !request.getState().pending())
                        .thenComparing(request -> !request.overdue(today))
                        .thenComparing(SourcingRequest::getPriority)
                        .thenComparing(SourcingRequest::getDueDate))
                .toList();
    }

    /** The open requests due by {@code day}, for the reminders, which run with nobody signed in. */
    @Transactional(readOnly = true)
    public List<SourcingRequest> openDueBy(LocalDate day) {
        return requests.findByStateIn(Set.of(RequestState.OPEN)).stream()
                .filter(request -> !request.getDueDate().isAfter(day)).toList();
    }

    /** One request; a liaison officer asking for a request to another nation is refused. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
    public SourcingRequest request(long id) {
        SourcingRequest request = requests.findById(id)
                .orElseThrow(() -> new IllegalArgumentException(I18n.t("sourcing.error.no-request", id)));
        if (!visible(request)) {
            throw new AccessDeniedException(I18n.t("sourcing.error.other-nation", id));
        }
        return request;
    }

    private static boolean visible(SourcingRequest request) {
        return CurrentUser.liaisonNation().map(request::asks).orElse(true);
    }

    /**
     * The nominees who might answer request {@code id}, each with the reasons they may not: a liaison officer's
     * own nation's only, a planner's those of the nations asked.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
    public List<NomineeCheck> nominees(long id) {
        SourcingRequest request = request(id);
        String own = CurrentUser.liaisonNation().orElse(null);
        return needs.nominees(request.getPostCode(), request.getPeriodIndex()).stream()
                .filter(check -> own == null ? request.asks(check.nation()) : own.equals(check.nation()))
                .sorted(Comparator.comparing((NomineeCheck check) -> !check.eligible()).thenComparing(NomineeCheck::person))
                .toList();
    }

    /** A liaison officer offers one of their nation's eligible nominees for request {@code id}. */
    @Transactional
    @RolesAllowed(Role.LIAISON_NAME)
    public SourcingRequest offer(long id, String person) {
        SourcingRequest request = answerable(id);
        NomineeCheck check = nominees(id).stream().filter(candidate -> candidate.person().equals(person)).findFirst()
                .orElseThrow(() -> new AccessDeniedException(I18n.t("sourcing.error.not-yours", person)));
        if (!check.eligible()) {
            throw new IllegalArgumentException(I18n.t("sourcing.error.ineligible", person, check.unfit().stream()
                    .map(SlotNeeds.Unfit::label).collect(Collectors.joining(", "))));
        }
        String nation = CurrentUser.liaisonNation().orElseThrow();
        request.offer(person, nation, CurrentUser.username(), clock.instant());
        events.publishEvent(new SourcingEvents.RequestAnswered(request.getId(), request.slotLabel(), nation, person));
        return request;
    }

    /**
     * A liaison officer enters a new nominee of their nation on the spot and offers them: saved through the
     * staffing service (which keeps a liaison officer to their own nation) before the offer is judged.
     */
    @Transactional
    @RolesAllowed(Role.LIAISON_NAME)
    public SourcingRequest offerNew(long id, Person nominee) {
        answerable(id);
        Person saved = staffing.save(nominee);
        return offer(id, saved.getCode());
    }

    /** A liaison officer says their nation cannot fill request {@code id}, and why. */
    @Transactional
    @RolesAllowed(Role.LIAISON_NAME)
    public SourcingRequest decline(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(I18n.t("sourcing.error.reason"));
        }
        if (reason.strip().length() > 500) {
            throw new IllegalArgumentException(I18n.t("sourcing.error.reason-length"));
        }
        SourcingRequest request = answerable(id);
        String nation = CurrentUser.liaisonNation().orElseThrow();
        request.decline(nation, reason.strip(), CurrentUser.username(), clock.instant());
        events.publishEvent(new SourcingEvents.RequestAnswered(request.getId(), request.slotLabel(), nation, null));
        return request;
    }

    private SourcingRequest answerable(long id) {
        SourcingRequest request = request(id);
        if (CurrentUser.liaisonNation().isEmpty()) {
            throw new AccessDeniedException(I18n.t("sourcing.error.liaison-only"));
        }
        return request;
    }

    /** A planner accepts the offer on request {@code id}: the nominee is pinned to the slot for the next solve. */
    @Transactional
    @RolesAllowed(Role.PLANNER_NAME)
    public SourcingRequest accept(long id) {
        SourcingRequest request = request(id);
        request.accept(CurrentUser.username(), clock.instant());
        pins.pinSlot(request.getPostCode(), request.getPeriodIndex(), request.getOfferedPerson());
        events.publishEvent(new SourcingEvents.RequestDecided(request.getId(), request.slotLabel(),
                Set.of(request.getOfferedNation()), true));
        return request;
    }

    /** A planner turns down an offer, or answers a decline, by asking the nations again. */
    @Transactional
    @RolesAllowed(Role.PLANNER_NAME)
    public SourcingRequest askAgain(long id) {
        SourcingRequest request = request(id);
        request.askAgain(CurrentUser.username(), clock.instant());
        events.publishEvent(new SourcingEvents.RequestDecided(request.getId(), request.slotLabel(),
                Set.copyOf(request.nationList()), false));
        return request;
    }
}
