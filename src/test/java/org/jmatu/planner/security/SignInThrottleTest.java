package org.jmatu.planner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jmatu.planner.shared.I18n;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** The throttle's rules, on a clock the test moves: free failures, doubling waits, a lock, and what clears them. */
class SignInThrottleTest {

    private static final String HOME = "10.0.0.7";

    private final MovableClock clock = new MovableClock();
    private final SignInLockRepository locks = mock(SignInLockRepository.class);
    // account: 3 free failures, locked at the 6th; address: 5 free, locked at the 8th; locks last 15 minutes
    private final SignInThrottle throttle = new SignInThrottle(locks, clock, 3, 6, 5, 8, Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothingThenEachDoublesTheWait() {
        fail("planner", 3);
        assertThat(throttle.waitFor("planner", HOME)).isEmpty();

        fail("planner", 1);
        assertThat(throttle.waitFor("planner", HOME)).contains(Duration.ofSeconds(1));
        clock.pass(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("planner", HOME)).isEmpty();

        fail("planner", 1);
        assertThat(throttle.waitFor("planner", HOME)).contains(Duration.ofSeconds(2));
        verify(locks, never()).save(any());
    }

    @Test
    void manyFailuresLockTheAccountForTheLockDurationAndTheLockIsAudited() {
        fail("planner", 6);

        assertThat(throttle.waitFor("planner", "10.9.9.9")).contains(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("PLANNER", "10.9.9.9")).as("names are not case-sensitive").isPresent();
        assertThat(throttle.waitFor("commander", "10.9.9.9")).isEmpty();
        verify(locks).save(any(SignInLock.class));
    }

    @Test
    void guessingAtManyAccountsFromOneAddressLocksTheAddress() {
        for (int account = 0; account < 8; account++) {
            throttle.failed("guess-" + account, HOME);
        }

        assertThat(throttle.waitFor("commander", HOME)).contains(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("commander", "10.0.0.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        fail("planner", 4);
        for (int account = 0; account < 3; account++) {
            throttle.failed("guess-" + account, HOME);
        }

        throttle.onSuccess(new AuthenticationSuccessEvent(
                new UsernamePasswordAuthenticationToken("planner", null, List.of())));

        assertThat(throttle.waitFor("planner", "10.9.9.9")).isEmpty();
        assertThat(throttle.waitFor("planner", HOME)).as("the address has 7 failures").isPresent();
    }

    @Test
    void failuresOlderThanTheLockDurationAreForgotten() {
        fail("planner", 5);
        clock.pass(Duration.ofMinutes(16));

        fail("planner", 1);

        assertThat(throttle.waitFor("planner", HOME)).isEmpty();
    }

    @Test
    void aLiftedLockLetsTheAccountSignInAgain() {
        fail("planner", 6);
        when(locks.findFirstBySubjectOrderByIdDesc("account planner")).thenReturn(Optional.of(
                new SignInLock("account planner", 6, clock.instant().plus(Duration.ofMinutes(15)))));

        throttle.lift("account planner");

        assertThat(throttle.waitFor("planner", "10.9.9.9")).isEmpty();
        verify(locks, times(2)).save(any(SignInLock.class));
    }

    @Test
    void theMessageSaysHowManyMinutes() {
        assertThat(I18n.translate(Locale.ENGLISH, "login.locked.text",
                SignInBlock.minutesLeft(Duration.ofSeconds(61)))).isEqualTo("Too many failed sign-ins. Try again in 2 minutes.");
        assertThat(I18n.translate(Locale.ENGLISH, "login.locked.text",
                SignInBlock.minutesLeft(Duration.ofSeconds(1)))).isEqualTo("Too many failed sign-ins. Try again in 1 minute.");
    }

    private void fail(String username, int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            throttle.failed(username, HOME);
        }
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2027-03-01T08:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
