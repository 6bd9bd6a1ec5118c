package com.eventlens.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** At most one refresh per key per interval, the first at once, and never one lost: on a clock the test turns. */
class ThrottleTests {

    static final Duration INTERVAL = Duration.ofMillis(500);

    /** A scheduler whose tasks run when the test moves the clock past their time. */
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final PriorityQueue<Scheduled> scheduled = new PriorityQueue<>((a, b) -> Long.compare(a.at, b.at));
    final List<String> runs = new ArrayList<>();
    final Throttle<String> throttle = new Throttle<>(INTERVAL, now::get,
            (task, delay) -> scheduled.add(new Scheduled(now.get() + delay.toNanos(), task)),
            key -> runs.add(key + "@" + millis()));

    record Scheduled(long at, Runnable task) {
    }

    void advance(long ms) {
        long until = now.get() + ms * 1_000_000;
        while (!scheduled.isEmpty() && scheduled.peek().at() <= until) {
            Scheduled next = scheduled.poll();
            now.set(Math.max(now.get(), next.at()));
            next.task().run();
        }
        now.set(until);
    }

    long millis() {
        return (now.get() - 1_000_000_000L) / 1_000_000;
    }

    @Test
    void theFirstSignalRunsAtOnce() {
        throttle.signal("event");
        advance(0);
        assertThat(runs).containsExactly("event@0");
    }

    @Test
    void signalsWithinTheIntervalGatherIntoOneRunWhenItEnds() {
        throttle.signal("event");
        advance(100);
        throttle.signal("event");
        advance(100);
        throttle.signal("event");
        throttle.signal("event");
        advance(1_000);
        assertThat(runs).containsExactly("event@0", "event@500");
    }

    @Test
    void aSteadyStreamOfSignalsRunsOncePerInterval() {
        for (int i = 0; i < 30; i++) {
            throttle.signal("event");
            advance(100);
        }
        // The last signal (at 2900) is shown too, when its interval ends.
        assertThat(runs).containsExactly("event@0", "event@500", "event@1000", "event@1500", "event@2000",
                "event@2500", "event@3000");
    }

    @Test
    void aSignalAfterAQuietIntervalRunsAtOnceAgain() {
        throttle.signal("event");
        advance(2_000);
        throttle.signal("event");
        advance(0);
        assertThat(runs).containsExactly("event@0", "event@2000");
    }

    @Test
    void eachKeyHasItsOwnInterval() {
        throttle.signal("a");
        throttle.signal("b");
        advance(0);
        throttle.signal("a");
        advance(600);
        assertThat(runs).containsExactly("a@0", "b@0", "a@500");
    }
}
