package com.eventlens.interactions;

import java.util.List;
import java.util.UUID;

/** The one way interactions get into Eventlens: the HTTP API and the demo data both come through here. */
public interface Ingest {

    int MAX_BATCH = 5_000;

    /**
     * Validates the whole batch against the event (every item, every field) and stores the new interactions
     * in one transaction; interactions whose id is already stored are counted as duplicates and change nothing.
     *
     * @throws InvalidInteractions listing every problem, when any item is invalid; then nothing is stored
     */
    IngestReceipt record(UUID eventId, List<NewInteraction> batch);
}
