package com.eventlens.analytics.internal;

import java.time.Instant;
import java.util.List;

import com.eventlens.interactions.RecordedInteraction;

/**
 * The interactions one fold takes in: one or more recorded batches that were never folded before, together, whether
 * they came in memory with their event or were read back from {@code recorded_interaction}; and what the session step
 * learned from its upsert, for the engagement step after it (so that no step reads back what another just wrote).
 */
final class FoldBatch {

    private final List<RecordedInteraction> interactions;
    private final Instant receivedAt;
    private SessionChanges sessionChanges;

    /** @param receivedAt when the latest of the batches was stored */
    FoldBatch(List<RecordedInteraction> interactions, Instant receivedAt) {
        this.interactions = interactions;
        this.receivedAt = receivedAt;
    }

    List<RecordedInteraction> interactions() {
        return interactions;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    int size() {
        return interactions.size();
    }

    /** Called by {@link SessionFold} once its rows are stored. */
    void sessionsFolded(SessionChanges changes) {
        this.sessionChanges = changes;
    }

    /** What {@link SessionFold} stored in this fold; only for the steps ordered after it. */
    SessionChanges sessionChanges() {
        if (sessionChanges == null) {
            throw new IllegalStateException("The session step has not folded this batch yet: check the steps' order");
        }
        return sessionChanges;
    }
}
