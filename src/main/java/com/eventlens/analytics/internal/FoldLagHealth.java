package com.eventlens.analytics.internal;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import com.eventlens.interactions.RecordedBacklog;

/**
 * Part of readiness: a console whose rollups are more than {@code eventlens.readiness.max-fold-lag} behind the
 * stored interactions shows stale numbers, and ingest sent elsewhere (or held back) lets it catch up.
 */
@Component("foldLag")
class FoldLagHealth implements HealthIndicator {

    private final RecordedBacklog backlog;
    private final Duration limit;

    FoldLagHealth(RecordedBacklog backlog, ReadinessProperties readiness) {
        this.backlog = backlog;
        this.limit = readiness.maxFoldLag();
    }

    @Override
    public Health health() {
        RecordedBacklog.Backlog now = backlog.now();
        return (now.lag().compareTo(limit) > 0 ? Health.down() : Health.up())
                .withDetail("lag", now.lag().toString())
                .withDetail("limit", limit.toString())
                .withDetail("batchesWaiting", now.batchesWaiting())
                .build();
    }
}
