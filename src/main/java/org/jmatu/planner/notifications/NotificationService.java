package org.jmatu.planner.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.CalendarPublished;
import org.jmatu.planner.planning.RosterPublished;
import org.jmatu.planner.planning.RosterReturned;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Recipients;
import org.jmatu.planner.security.Recipients.Recipient;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.ClusterLock;
import org.jmatu.planner.sourcing.SourcingEvents;
import org.jmatu.planner.sourcing.SourcingRequest;
import org.jmatu.planner.sourcing.SourcingService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people what concerns them: new, due and answered sourcing requests, published rosters and calendars,
 * returned rosters. Each becomes a notification in the header's bell and, where mail is on and the account has an
 * address, an e-mail sent once the change that caused it is committed.
 */
@Service
public class NotificationService {

    private static final Set<Role> READERS = Set.of(Role.PLANNER, Role.COMMANDER, Role.LIAISON);
    private static final String REQUESTS = "sourcing-requests";

    private final NotificationRepository notifications;
    private final Recipients recipients;
    private final NotificationMailer mailer;
    private final SourcingService sourcing;
    private final ClusterLock lock;
    private final Clock clock;
    private final int dueDays;

    NotificationService(NotificationRepository notifications, Recipients recipients, NotificationMailer mailer,
                        SourcingService sourcing, ClusterLock lock, Clock clock,
                        @Value("${planner.notifications.due-days:7}") int dueDays) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.mailer = mailer;
        this.sourcing = sourcing;
        this.lock = lock;
        this.clock = clock;
        this.dueDays = dueDays;
    }

    @EventListener
    @Transactional
    public void rosterPublished(RosterPublished published) {
        for (Recipient to : others(recipients.withRole(READERS))) {
            notify(to, NotificationKind.ROSTER_PUBLISHED, "notify.roster-published",
                    List.of(String.valueOf(published.number())),
                    to.role() == Role.LIAISON ? "my-nation-roster" : "roster");
        }
    }

    @EventListener
    @Transactional
    public void calendarPublished(CalendarPublished published) {
        others(recipients.withRole(READERS)).forEach(to -> notify(to, NotificationKind.CALENDAR_PUBLISHED,
                "notify.calendar-published", List.of(), "calendar"));
    }

    @EventListener
    @Transactional
    public void rosterReturned(RosterReturned returned) {
        recipients.withRole(Set.of(Role.PLANNER)).forEach(to -> notify(to, NotificationKind.ROSTER_RETURNED,
                "notify.roster-returned", List.of(String.valueOf(returned.number()), returned.comment()), "roster"));
    }

    @EventListener
    @Transactional
    public void requestsRaised(SourcingEvents.RequestsRaised raised) {
        List<String> args = List.of(String.valueOf(raised.count()), String.valueOf(raised.rosterVersion()));
        for (Recipient to : recipients.liaisonsOf(raised.nations())) {
            notify(to, NotificationKind.REQUESTS_RAISED, "notify.requests-raised", args, REQUESTS);
        }
    }

    @EventListener
    @Transactional
    public void requestAnswered(SourcingEvents.RequestAnswered answered) {
        for (Recipient to : recipients.withRole(Set.of(Role.PLANNER))) {
            if (answered.person() == null) {
                notify(to, NotificationKind.REQUEST_ANSWERED, "notify.request-declined",
                        List.of(answered.nation(), answered.slot()), REQUESTS);
            } else {
                notify(to, NotificationKind.REQUEST_ANSWERED, "notify.request-offered",
                        List.of(answered.nation(), answered.person(), answered.slot()), REQUESTS);
            }
        }
    }

    @EventListener
    @Transactional
    public void requestDecided(SourcingEvents.RequestDecided decided) {
        for (Recipient to : recipients.liaisonsOf(decided.nations())) {
            notify(to, NotificationKind.REQUEST_DECIDED, decided.accepted() ? "notify.request-accepted"
                    : "notify.request-asked-again", List.of(decided.slot()), REQUESTS);
        }
    }

    /**
     * Reminds the liaison officers of the open requests due within {@code planner.notifications.due-days}, once per
     * request and officer; every morning, and on demand. Every instance of a cluster wakes for it: they take turns
     * under one lock, so the later ones find each reminder sent.
     */
    @Scheduled(cron = "${planner.notifications.due-cron:0 0 6 * * *}")
    public void remindDue() {
        lock.exclusively("due-reminders", this::remindDueNow);
    }

    private void remindDueNow() {
        LocalDate today = LocalDate.now(clock);
        for (SourcingRequest request : sourcing.openDueBy(today.plusDays(dueDays))) {
            List<String> args = List.of(request.slotLabel(), request.getDueDate().toString());
            for (Recipient to : recipients.liaisonsOf(request.nationList())) {
                if (!notifications.existsByRecipientAndKindAndTextArgs(to.username(), NotificationKind.REQUEST_DUE,
                        Notification.joined(args))) {
                    notify(to, NotificationKind.REQUEST_DUE, "notify.request-due", args, REQUESTS);
                }
            }
        }
    }

    /** How many notifications the signed-in user has not read. */
    @Transactional(readOnly = true)
    public long unread() {
        return notifications.countByRecipientAndReadAtIsNull(CurrentUser.username());
    }

    /** The signed-in user's newest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> latest(int count) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(CurrentUser.username(),
                PageRequest.of(0, count));
    }

    @Transactional
    public void markAllRead() {
        notifications.findByRecipientAndReadAtIsNull(CurrentUser.username())
                .forEach(notification -> notification.markRead(clock.instant()));
    }

    /** Everyone but the one who caused it: a planner who publishes knows it. */
    private static List<Recipient> others(List<Recipient> all) {
        String self = CurrentUser.username();
        return all.stream().filter(to -> !to.username().equals(self)).toList();
    }

    private void notify(Recipient to, NotificationKind kind, String key, List<String> args, String link) {
        notifications.save(new Notification(to.username(), kind, key, args, link, clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mailer.send(to, key, args, link);
                }
            });
        } else {
            mailer.send(to, key, args, link);
        }
    }
}
