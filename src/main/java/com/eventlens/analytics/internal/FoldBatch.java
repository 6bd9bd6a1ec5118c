package com.eventlens.analytics.internal;

import java.time.Instant;
import java.util.List;

import com.eventlens.interactions.RecordedInteraction;

/**
 * The interactions one fold takes in: one or more recorded batches that were never folded before, together, whether
 * they came in memory with their event or were read back from {@code recorded_interaction}.
 *
 * @param receivedAt when the latest of the batches was stored
 */
record FoldBatch(List<RecordedInteraction> interactions, Instant receivedAt) {

    int size() {
        return interactions.size();
    }
}
