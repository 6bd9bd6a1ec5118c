package com.eventlens.interactions;

import java.util.UUID;

/**
 * A batch of new interactions was stored. Published in the transaction that stored it, so the event
 * publication registry holds it exactly when the rows exist.
 */
public record InteractionsRecorded(UUID eventId, UUID batchId) {
}
