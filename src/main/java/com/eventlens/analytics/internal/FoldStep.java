package com.eventlens.analytics.internal;

import java.util.List;
import java.util.UUID;

/**
 * One independent part of the fold: it takes stored interactions into rollups of its own. {@link RollupUpdater} runs
 * every step, in their order, in one transaction per fold, over the same {@link FoldBatch}; a new rollup is a new step.
 *
 * <p>Both ways of a step must give the same rows (RollupTests compares them after a randomized stream).
 */
interface FoldStep {

    /** Adds the batch (only interactions never folded before) to this step's rollups. */
    void fold(UUID eventId, FoldBatch batch);

    /** Computes this step's rollups of the whole event from {@code recorded_interaction}; its tables are empty. */
    void rebuild(UUID eventId);

    /** The tables this step writes, all keyed by {@code event_id}: a rebuild empties them first. */
    List<String> tables();
}
