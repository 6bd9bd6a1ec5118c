package com.eventlens.analytics.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import com.eventlens.interactions.RecordedBacklog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The analytics module's own metrics ({@code eventlens_fold_…}, {@code eventlens_reports_…} in Prometheus): how long
 * folds take and how many interactions they take in, how far the rollups are behind, how long a PDF takes.
 */
@Component
class AnalyticsMetrics {

    private final MeterRegistry registry;
    private final Timer foldDuration;
    private final Counter interactionsFolded;

    AnalyticsMetrics(MeterRegistry registry, RecordedBacklog backlog) {
        this.registry = registry;
        this.foldDuration = Timer.builder("eventlens.fold.duration")
                .description("Time of one fold transaction (one or more recorded batches into the rollups)")
                .publishPercentileHistogram()
                .register(registry);
        this.interactionsFolded = Counter.builder("eventlens.fold.interactions")
                .description("Interactions taken into the rollups")
                .register(registry);
        Gauge.builder("eventlens.fold.lag", backlog, b -> b.now().lag().toMillis() / 1000.0)
                .description("How long the oldest recorded batch not yet in the rollups has waited")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("eventlens.fold.batches.waiting", backlog, b -> b.now().batchesWaiting())
                .description("Recorded batches not yet in the rollups")
                .register(registry);
    }

    void folded(long interactions, long nanos) {
        foldDuration.record(nanos, TimeUnit.NANOSECONDS);
        interactionsFolded.increment(interactions);
    }

    /** A PDF report of this kind ("user", "session", "video") took this long, from its request to its last byte. */
    void reportRendered(String kind, Duration took) {
        Timer.builder("eventlens.reports.render")
                .description("Time to make a PDF report, from its request to its last byte")
                .tag("report", kind)
                .register(registry)
                .record(took);
    }
}
