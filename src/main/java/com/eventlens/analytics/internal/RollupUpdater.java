package com.eventlens.analytics.internal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.analytics.AnalyticsUpdated;
import com.eventlens.analytics.RollupMaintenance;
import com.eventlens.interactions.InteractionsRecorded;

/**
 * Keeps the rollups current: every stored batch is folded in exactly once. Marking the batch applied and
 * folding it happen in one transaction, and the publication of {@link InteractionsRecorded} completes only
 * after that commits; a crash in between leaves the publication incomplete, and it is republished at the
 * next start.
 */
@Service
class RollupUpdater implements RollupMaintenance {

    private static final Logger log = LoggerFactory.getLogger(RollupUpdater.class);

    private final Rollups rollups;
    private final ApplicationEventPublisher events;

    RollupUpdater(Rollups rollups, ApplicationEventPublisher events) {
        this.rollups = rollups;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(InteractionsRecorded recorded) {
        apply(recorded.eventId(), recorded.batchId());
    }

    @Transactional
    void apply(UUID eventId, UUID batchId) {
        rollups.lockEvent(eventId);
        if (!rollups.markApplied(eventId, batchId)) {
            log.debug("Batch {} of event {} was applied before; ignoring the repeated delivery", batchId, eventId);
            return;
        }
        rollups.stageBatch(eventId, batchId);
        rollups.foldPending(eventId);
        events.publishEvent(new AnalyticsUpdated(eventId));
    }

    @Override
    @Transactional
    public void rebuild(UUID eventId) {
        rollups.lockEvent(eventId);
        rollups.deleteRollups(eventId);
        rollups.stageWholeEvent(eventId);
        rollups.foldPending(eventId);
        events.publishEvent(new AnalyticsUpdated(eventId));
    }
}
