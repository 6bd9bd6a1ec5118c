package com.eventlens.analytics;

import java.util.UUID;

/** Looking after the analytics read models. */
public interface RollupMaintenance {

    /**
     * Recomputes every rollup of the event from its raw interactions. The result equals what the incremental
     * path maintains; use it after changing a metric's definition, or to check the rollups.
     */
    void rebuild(UUID eventId);
}
