package com.eventlens.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.eventlens.analytics.AnalyticsUpdated;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Open screens hear of new figures on the live updates' own thread, at most once per 500 ms per event however fast
 * the folds come, and the last update is never lost.
 */
class LiveAnalyticsTests {

    final LiveAnalytics live = new LiveAnalytics(new SimpleMeterRegistry());

    record Refresh(String thread, long nanos) {
    }

    @AfterEach
    void stop() {
        live.stop();
    }

    @Test
    void updatesRefreshAtOnce_andABurstAfterwardsOnceMoreWhenTheIntervalEnds_onTheirOwnThread() {
        UUID event = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<Refresh> refreshes = new CopyOnWriteArrayList<>();
        List<Refresh> othersRefreshes = new CopyOnWriteArrayList<>();
        live.subscribe(event, () -> refreshes.add(new Refresh(Thread.currentThread().getName(), System.nanoTime())));
        live.subscribe(other, () -> othersRefreshes.add(new Refresh(Thread.currentThread().getName(), System.nanoTime())));

        live.on(new AnalyticsUpdated(event));
        await().atMost(Duration.ofSeconds(5)).until(() -> refreshes.size() == 1);
        for (int i = 0; i < 20; i++) {
            live.on(new AnalyticsUpdated(event));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> refreshes.size() == 2);
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() -> refreshes.size() == 2);

        assertThat(refreshes).extracting(Refresh::thread).containsOnly("live-analytics");
        // The interval runs from start to start of a refresh; these times are taken a moment later, inside.
        assertThat(Duration.ofNanos(refreshes.get(1).nanos() - refreshes.get(0).nanos()))
                .isGreaterThanOrEqualTo(LiveAnalytics.MIN_INTERVAL.minusMillis(5));
        assertThat(othersRefreshes).as("another event's screens").isEmpty();
    }

    @Test
    void aScreenThatFailsDoesNotKeepTheOthersFromRefreshing_andOneThatLeftHearsNothing() {
        UUID event = UUID.randomUUID();
        List<String> refreshed = new CopyOnWriteArrayList<>();
        live.subscribe(event, () -> {
            throw new IllegalStateException("a closed tab");
        });
        live.subscribe(event, () -> refreshed.add("open"));
        var left = live.subscribe(event, () -> refreshed.add("left"));
        left.remove();

        live.on(new AnalyticsUpdated(event));

        await().atMost(Duration.ofSeconds(5)).until(() -> !refreshed.isEmpty());
        assertThat(refreshed).containsExactly("open");
    }
}
