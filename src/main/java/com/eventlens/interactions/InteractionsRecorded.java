package com.eventlens.interactions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

import com.eventlens.cluster.ClusterMode;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A batch of new interactions was stored. Published in the transaction that stored it, so the event publication
 * registry holds it exactly when the rows exist.
 *
 * <p>In the process that stored the batch, the event also carries the stored rows themselves ({@link #inMemory()}),
 * so that a listener in that process need not read back what was just written. They are not part of the durable
 * publication: the registry keeps the batch's id only, and an event republished after a restart (or delivered to
 * another process) has no rows; its listener reads the batch from {@code recorded_interaction}, which stays the source
 * of truth (decision record 15).
 *
 * <p>In cluster mode the registry's publication is externalized to the topic {@code eventlens.interactions-recorded},
 * keyed by the event (one event's batches in one partition, in order), for the fold nodes (decision record 19).
 *
 * @param receivedAt when the batch was stored: its rows' {@code received_at}
 */
@Externalized(ClusterMode.INTERACTIONS_RECORDED + "::#{#this.eventId().toString()}")
public record InteractionsRecorded(UUID eventId, UUID batchId, Instant receivedAt,
                                   @JsonIgnore List<RecordedInteraction> interactions) {

    /** The event as the registry stores and republishes it: without the rows. */
    public InteractionsRecorded(UUID eventId, UUID batchId, Instant receivedAt) {
        this(eventId, batchId, receivedAt, null);
    }

    /** The stored rows, when this event was published in this process; empty after a republication. */
    public Optional<List<RecordedInteraction>> inMemory() {
        return Optional.ofNullable(interactions);
    }

    /** Only the batch identifies the event: the registry finds a publication again by it, rows or not. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InteractionsRecorded that && eventId.equals(that.eventId) && batchId.equals(that.batchId);
    }

    @Override
    public int hashCode() {
        return batchId.hashCode();
    }

    @Override
    public String toString() {
        return "InteractionsRecorded[eventId=" + eventId + ", batchId=" + batchId + ", receivedAt=" + receivedAt
                + (interactions == null ? "" : ", " + interactions.size() + " interactions in memory") + "]";
    }
}
