package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import com.eventlens.analytics.AnalyticsUpdated;
import com.eventlens.analytics.RollupMaintenance;
import com.eventlens.interactions.InteractionsRecorded;

/**
 * Keeps the rollups current: every stored batch is folded in exactly once.
 *
 * <p>Marking batches applied and folding them happen in one transaction; the publication of
 * {@link InteractionsRecorded} completes only after this listener returns, so a crash in between leaves it
 * incomplete and it is republished at the next start, where the mark makes a second fold impossible.
 *
 * <p>Under load, batches arrive faster than one fold per batch can take them in. The listeners of one event
 * therefore queue their batch and take turns on an in-process lock, holding no database connection while
 * they wait; whoever holds the lock folds every batch queued so far in one transaction. A listener whose
 * batch someone else folded returns at once — after that fold committed, since it had to wait for the lock.
 * So the listener runs without a transaction of its own ({@link Propagation#NOT_SUPPORTED}): each fold is one.
 *
 * <p>Open screens learn of a fold through {@link AnalyticsUpdated}, published once the folds committed and the lock
 * is released: a plain application event, which the registry does not record (a lost refresh is harmless, the next
 * fold brings another), so a fold writes nothing but its rollups.
 */
@Service
class RollupUpdater implements RollupMaintenance {

    /** At most this many batches (of up to 5,000 interactions) go into one fold transaction. */
    static final int MAX_BATCHES_PER_FOLD = 50;

    private final Rollups rollups;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AnalyticsMetrics metrics;
    private final ConcurrentHashMap<UUID, PendingBatches> pending = new ConcurrentHashMap<>();

    RollupUpdater(Rollups rollups, TransactionTemplate transactions, ApplicationEventPublisher events,
                  AnalyticsMetrics metrics) {
        this.rollups = rollups;
        this.transactions = transactions;
        this.events = events;
        this.metrics = metrics;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(InteractionsRecorded recorded) {
        apply(recorded.eventId(), recorded.batchId());
    }

    void apply(UUID eventId, UUID batchId) {
        PendingBatches queue = pending.computeIfAbsent(eventId, id -> new PendingBatches());
        queue.batches.add(batchId);
        boolean folded = false;
        queue.lock.lock();
        try {
            while (queue.batches.contains(batchId)) {
                List<UUID> batches = queue.take(MAX_BATCHES_PER_FOLD);
                try {
                    long started = System.nanoTime();
                    long interactions = transactions.execute(status -> fold(eventId, batches));
                    metrics.folded(interactions, System.nanoTime() - started);
                    folded |= interactions > 0;
                } catch (RuntimeException e) {
                    // Someone still waiting (or this batch's republication) folds them later.
                    queue.batches.addAll(batches);
                    throw e;
                }
            }
        } finally {
            queue.lock.unlock();
        }
        if (folded) {
            events.publishEvent(new AnalyticsUpdated(eventId));
        }
    }

    /** Folds those of the batches that were not folded before; returns how many interactions they held. */
    private long fold(UUID eventId, List<UUID> batches) {
        rollups.lockEvent(eventId);
        List<UUID> unapplied = rollups.markApplied(eventId, batches);
        if (unapplied.isEmpty()) {
            return 0;
        }
        rollups.fold(eventId, Rollups.Source.BATCHES, unapplied);
        return rollups.interactionsIn(eventId, unapplied);
    }

    @Override
    public void rebuild(UUID eventId) {
        transactions.executeWithoutResult(status -> {
            rollups.lockEvent(eventId);
            rollups.deleteRollups(eventId);
            rollups.markAllApplied(eventId);
            rollups.fold(eventId, Rollups.Source.WHOLE_EVENT, List.of());
        });
        events.publishEvent(new AnalyticsUpdated(eventId));
    }

    private static final class PendingBatches {

        final Queue<UUID> batches = new ConcurrentLinkedQueue<>();
        final ReentrantLock lock = new ReentrantLock();

        List<UUID> take(int max) {
            List<UUID> taken = new ArrayList<>();
            UUID next;
            while (taken.size() < max && (next = batches.poll()) != null) {
                taken.add(next);
            }
            return taken;
        }
    }
}
