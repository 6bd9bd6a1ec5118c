package com.eventlens.console.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per username and per client address, for the sign-in form and HTTP Basic alike:
 * after {@link #FREE_FAILURES_PER_ACCOUNT} failures in a row for one username, or
 * {@link #FREE_FAILURES_PER_ADDRESS} from one address (an office or a proxy puts many people behind one), each
 * further attempt must wait, twice as long after every new failure ({@link #FIRST_DELAY}, 2 s, 4 s, … up to
 * {@link #LONGEST_DELAY}). While a wait runs, even the right password is refused; a successful sign-in clears the
 * counters of its username and its address. Failures and successes come from Spring Security's authentication
 * events; the filters ask {@link #retryAfter} before they authenticate. The counters live in this node's memory.
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    /** Counters idle for longer than this are forgotten, so that the map cannot grow without end. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int SWEEP_ABOVE = 10_000;
    private static final String USER = "user:";
    private static final String ADDRESS = "address:";

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, int free, Instant last) {

        Instant lockedUntil() {
            if (count < free) {
                return Instant.MIN;
            }
            int doublings = Math.min(count - free, 20);
            Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
            return last.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
        }

        Failures plusOne(Instant at) {
            return new Failures(count + 1, free, at);
        }
    }

    /** How long a sign-in as {@code username} from {@code address} must still wait; empty when it may go ahead. */
    Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Instant until = Instant.MIN;
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            Failures counted = key == null ? null : failures.get(key);
            if (counted != null && counted.lockedUntil().isAfter(until)) {
                until = counted.lockedUntil();
            }
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Instant now = clock.instant();
        for (String key : keys(event.getAuthentication())) {
            int free = key.startsWith(ADDRESS) ? FREE_FAILURES_PER_ADDRESS : FREE_FAILURES_PER_ACCOUNT;
            failures.merge(key, new Failures(1, free, now), (before, one) -> before.plusOne(now));
        }
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(counted -> counted.last().isBefore(now.minus(FORGET_AFTER)));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!failures.isEmpty()) {
            for (String key : keys(event.getAuthentication())) {
                failures.remove(key);
            }
        }
    }

    private static List<String> keys(Authentication authentication) {
        String user = userKey(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? addressKey(details.getRemoteAddress()) : null;
        return Stream.of(user, address).filter(Objects::nonNull).toList();
    }

    private static String userKey(String username) {
        return username == null || username.isBlank() ? null : USER + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : ADDRESS + address;
    }
}
