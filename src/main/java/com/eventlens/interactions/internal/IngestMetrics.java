package com.eventlens.interactions.internal;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the ingest API takes in ({@code eventlens_interactions_…}, {@code eventlens_ingest_…} in Prometheus):
 * interactions accepted, acknowledged as duplicates and rejected, counted by event; the size of the batches and
 * how long a batch takes from its request to its commit. Only events that exist are counted, so that a caller
 * cannot grow the metrics by inventing event ids.
 */
@Component
class IngestMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary batchSize;
    private final Timer latency;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.batchSize = DistributionSummary.builder("eventlens.ingest.batch.size")
                .description("Interactions in one ingest request")
                .baseUnit("interactions")
                .register(registry);
        this.latency = Timer.builder("eventlens.ingest.latency")
                .description("Time from an ingest request's arrival to its answer")
                .publishPercentileHistogram()
                .register(registry);
    }

    void stored(UUID eventId, int accepted, int duplicates, long requestStartedNanos) {
        counter("eventlens.interactions.accepted", "Interactions stored", eventId).increment(accepted);
        counter("eventlens.interactions.duplicate", "Interactions acknowledged as already stored", eventId)
                .increment(duplicates);
        batchSize.record(accepted + duplicates);
        latency.record(System.nanoTime() - requestStartedNanos, TimeUnit.NANOSECONDS);
    }

    void rejected(UUID eventId, int interactions, long requestStartedNanos) {
        counter("eventlens.interactions.rejected", "Interactions of batches refused as invalid or too large", eventId)
                .increment(interactions);
        batchSize.record(interactions);
        latency.record(System.nanoTime() - requestStartedNanos, TimeUnit.NANOSECONDS);
    }

    private Counter counter(String name, String description, UUID eventId) {
        return Counter.builder(name).description(description).tag("event", eventId.toString()).register(registry);
    }
}
