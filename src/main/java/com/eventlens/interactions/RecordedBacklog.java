package com.eventlens.interactions;

import java.time.Duration;

/**
 * How far the listeners of {@link InteractionsRecorded} (the analytics fold) are behind the stored batches: the
 * publications the event publication registry still holds, and how long the oldest has waited. The ingest refuses new
 * batches while this is over its limits; operators read it as metrics and readiness.
 */
public interface RecordedBacklog {

    record Backlog(long batchesWaiting, Duration lag) {
    }

    /** Measured now (a cheap query of the registry). */
    Backlog now();
}
