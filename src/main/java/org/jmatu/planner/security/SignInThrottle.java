package org.jmatu.planner.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing, per account and per client address, for the login form and HTTP Basic alike.
 * After a few free failures each further one makes the account (or address) wait twice as long as the last
 * (1 s, 2 s, 4 s, … up to a few minutes); after many it is locked for a while, which is kept in the audit trail
 * and which an administrator can lift. A successful sign-in clears its account's failures, not its address's,
 * so that guessing at many accounts from one address cannot be reset with one known password. Failures older
 * than the lock duration are forgotten. The counts live in memory: a restart forgets them, which only helps
 * someone who can restart the server anyway.
 */
@Service
public class SignInThrottle {

    /** Beyond this many tracked subjects, those without a current block are forgotten first (memory bound). */
    static final int MAX_TRACKED = 10_000;
    private static final Duration MAX_DELAY = Duration.ofMinutes(5);
    private static final int MAX_USERNAME = 40;

    private record Policy(int freeFailures, int lockAfter) {
    }

    private record Failures(int count, Instant last, Instant blockedUntil, boolean locked) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final SignInLockRepository locks;
    private final Clock clock;
    private final Policy accountPolicy;
    private final Policy addressPolicy;
    private final Duration lockDuration;

    SignInThrottle(SignInLockRepository locks, Clock clock,
                   @Value("${planner.sign-in.account.free-failures:3}") int accountFree,
                   @Value("${planner.sign-in.account.lock-after:10}") int accountLockAfter,
                   @Value("${planner.sign-in.address.free-failures:10}") int addressFree,
                   @Value("${planner.sign-in.address.lock-after:50}") int addressLockAfter,
                   @Value("${planner.sign-in.lock-duration:15m}") Duration lockDuration) {
        this.locks = locks;
        this.clock = clock;
        this.accountPolicy = new Policy(accountFree, accountLockAfter);
        this.addressPolicy = new Policy(addressFree, addressLockAfter);
        this.lockDuration = lockDuration;
    }

    /** How long a sign-in as {@code username} from {@code address} must still wait; empty when it may try now. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(account(username), address(address))
                .map(failures::get)
                .filter(entry -> entry != null && entry.blockedUntil() != null && entry.blockedUntil().isAfter(now))
                .map(entry -> Duration.between(now, entry.blockedUntil()))
                .max(Comparator.naturalOrder());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent failure) {
        if (failure instanceof AuthenticationFailureServiceExceptionEvent) {
            return; // the password could not be checked (the database is away): nobody guessed wrong
        }
        failed(failure.getAuthentication().getName(), addressOf(failure.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent success) {
        failures.remove(account(success.getAuthentication().getName()));
    }

    void failed(String username, String address) {
        forgetOldIfFull();
        count(account(username), accountPolicy);
        if (address != null) {
            count(address(address), addressPolicy);
        }
    }

    /** The accounts and addresses that may not sign in now, the longest wait first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<SignInBlock> blocks() {
        Instant now = clock.instant();
        return failures.entrySet().stream()
                .filter(entry -> entry.getValue().blockedUntil() != null && entry.getValue().blockedUntil().isAfter(now))
                .map(entry -> new SignInBlock(entry.getKey(), entry.getValue().count(), entry.getValue().blockedUntil(),
                        entry.getValue().locked()))
                .sorted(Comparator.comparing(SignInBlock::until).reversed().thenComparing(SignInBlock::subject))
                .toList();
    }

    /** Lets the account or address sign in again at once, and records who lifted a lock. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void lift(String subject) {
        Failures lifted = failures.remove(subject);
        if (lifted != null && lifted.locked()) {
            locks.findFirstBySubjectOrderByIdDesc(subject).ifPresent(lock -> {
                lock.lift(CurrentUser.username(), clock.instant());
                locks.save(lock);
            });
        }
    }

    private void count(String subject, Policy policy) {
        Instant now = clock.instant();
        Failures updated = failures.compute(subject, (key, before) -> {
            int count = before == null || before.last().plus(lockDuration).isBefore(now) ? 1 : before.count() + 1;
            if (count >= policy.lockAfter()) {
                return new Failures(count, now, now.plus(lockDuration), true);
            }
            if (count > policy.freeFailures()) {
                long seconds = 1L << Math.min(30, count - policy.freeFailures() - 1);
                Duration delay = Duration.ofSeconds(seconds).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : Duration.ofSeconds(seconds);
                return new Failures(count, now, now.plus(delay), false);
            }
            return new Failures(count, now, null, false);
        });
        if (updated.count() == policy.lockAfter()) {
            // audited once, when the lock begins: later failures while locked are refused before they are counted
            locks.save(new SignInLock(subject, updated.count(), updated.blockedUntil()));
        }
    }

    private void forgetOldIfFull() {
        if (failures.size() < MAX_TRACKED) {
            return;
        }
        Instant now = clock.instant();
        failures.entrySet().removeIf(entry -> entry.getValue().blockedUntil() == null
                || !entry.getValue().blockedUntil().isAfter(now));
    }

    static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account " + (name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name);
    }

    static String address(String address) {
        return "address " + address;
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
