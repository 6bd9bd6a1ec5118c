package com.eventlens.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in throttle's arithmetic with a clock the test moves: when the waits start, how they grow, that they end,
 * and what a success clears. The filter chains' use of it (429 with Retry-After, the sign-in page's message) is
 * pinned in ApiHardeningTests and AccountsBrowserIT.
 */
class SignInThrottleTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));
    final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveWrongPasswordsAreFreeAndTheSixthAttemptWaitsOneSecond() {
        failAs("ann", "10.0.0.1", 4);
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).isEmpty();

        failAs("ann", "10.0.0.1", 1);

        assertThat(throttle.retryAfter("ann", "10.0.0.1")).contains(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter("ANN ", "10.0.0.99")).as("the same account from anywhere")
                .contains(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter("bob", "10.0.0.1")).as("another account from the same address").isEmpty();
    }

    @Test
    void theWaitDoublesWithEveryFurtherFailureUpToFifteenMinutes() {
        failAs("ann", "10.0.0.1", 5);
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).contains(Duration.ofSeconds(1));
        failAs("ann", "10.0.0.1", 1);
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).contains(Duration.ofSeconds(2));
        failAs("ann", "10.0.0.1", 1);
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).contains(Duration.ofSeconds(4));

        failAs("ann", "10.0.0.1", 30);
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void theWaitEnds() {
        failAs("ann", "10.0.0.1", 7);
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).contains(Duration.ofSeconds(4));

        clock.advance(Duration.ofMillis(3_999));
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).contains(Duration.ofMillis(1));

        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).isEmpty();
    }

    @Test
    void aFailureAfterTheWaitStartsALongerOne() {
        failAs("ann", "10.0.0.1", 5);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).isEmpty();

        failAs("ann", "10.0.0.1", 1);

        assertThat(throttle.retryAfter("ann", "10.0.0.1")).contains(Duration.ofSeconds(2));
    }

    @Test
    void aSuccessfulSignInClearsItsAccountAndItsAddress() {
        failAs("ann", "10.0.0.1", 4);
        failAs("eve", "10.0.0.1", 15);
        succeedAs("ann", "10.0.0.1");

        failAs("ann", "10.0.0.1", 4);
        assertThat(throttle.retryAfter("ann", "10.0.0.1")).as("ann's count started again").isEmpty();
        failAs("bob", "10.0.0.1", 4);
        assertThat(throttle.retryAfter("bob", "10.0.0.1")).as("the address's count started again too").isEmpty();
        assertThat(throttle.retryAfter("eve", "10.0.0.2")).as("eve's own failures are not forgiven").isPresent();
    }

    @Test
    void anAddressGuessingManyAccountsWaitsAfterTwentyFailures() {
        for (int n = 1; n <= 19; n++) {
            failAs("user" + n, "10.0.0.7", 1);
        }
        assertThat(throttle.retryAfter("someone-else", "10.0.0.7")).isEmpty();

        failAs("user20", "10.0.0.7", 1);

        assertThat(throttle.retryAfter("someone-else", "10.0.0.7")).contains(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter("someone-else", "10.0.0.8")).as("other addresses are not slowed").isEmpty();
    }

    private void failAs(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt(username, address),
                    new BadCredentialsException("Bad credentials")));
        }
    }

    private void succeedAs(String username, String address) {
        throttle.succeeded(new AuthenticationSuccessEvent(attempt(username, address)));
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                "a password");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
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
