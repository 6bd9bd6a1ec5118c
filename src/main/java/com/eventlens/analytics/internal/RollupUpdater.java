package com.eventlens.analytics.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import com.eventlens.interactions.RecordedInteraction;

/**
 * Keeps the rollups current: every stored batch is folded in exactly once.
 *
 * <p>Marking batches applied and folding them happen in one transaction; the publication of
 * {@link InteractionsRecorded} completes only after this listener returns, so a crash in between leaves it
 * incomplete and it is republished at the next start, where the mark makes a second fold impossible.
 *
 * <p>Under load, batches arrive faster than one fold per batch can take them in. The listeners of one event
 * therefore queue their batch and take turns on an in-process lock, holding no database connection while
 * they wait; whoever holds the lock folds every batch queued so far (up to {@link #MAX_BATCHES_PER_FOLD}) in one
 * transaction. A listener whose batch someone else folded returns at once — after that fold committed, since it had
 * to wait for the lock. So the listener runs without a transaction of its own ({@link Propagation#NOT_SUPPORTED}):
 * each fold is one. After a restart the registry hands every outstanding batch over at once, and they are folded the
 * same way, many together, in the order they were queued: new batches wait their turn, not for the whole backlog.
 *
 * <p>A fold runs the {@link FoldStep}s over the batches' rows: those that came in memory with their event, the others
 * (republished after a restart) read back from {@code recorded_interaction} in one query (decision record 15).
 *
 * <p>Open screens learn of a fold through {@link AnalyticsUpdated}, published once the folds committed and the lock
 * is released: a plain application event, which the registry does not record (a lost refresh is harmless, the next
 * fold brings another), so a fold writes nothing but its rollups.
 */
@Service
class RollupUpdater implements RollupMaintenance {

    /** At most this many batches (of up to 5,000 interactions) go into one fold transaction. */
    static final int MAX_BATCHES_PER_FOLD = 100;

    private final Rollups rollups;
    private final List<FoldStep> steps;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AnalyticsMetrics metrics;
    private final ConcurrentHashMap<UUID, PendingBatches> pending = new ConcurrentHashMap<>();

    RollupUpdater(Rollups rollups, List<FoldStep> steps, TransactionTemplate transactions,
                  ApplicationEventPublisher events, AnalyticsMetrics metrics) {
        this.rollups = rollups;
        this.steps = List.copyOf(steps);
        this.transactions = transactions;
        this.events = events;
        this.metrics = metrics;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(InteractionsRecorded recorded) {
        apply(recorded);
    }

    void apply(InteractionsRecorded recorded) {
        UUID eventId = recorded.eventId();
        PendingBatches queue = pending.computeIfAbsent(eventId, id -> new PendingBatches());
        queue.batches.add(recorded);
        boolean folded = false;
        queue.lock.lock();
        try {
            while (queue.batches.contains(recorded)) {
                List<InteractionsRecorded> batches = queue.take(MAX_BATCHES_PER_FOLD);
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
    private long fold(UUID eventId, List<InteractionsRecorded> batches) {
        rollups.lockEvent(eventId);
        List<UUID> unapplied = rollups.markApplied(eventId, batches.stream().map(InteractionsRecorded::batchId).toList());
        if (unapplied.isEmpty()) {
            return 0;
        }
        FoldBatch batch = rowsOf(eventId, batches, unapplied);
        for (FoldStep step : steps) {
            step.fold(eventId, batch);
        }
        return batch.size();
    }

    /** The rows of the unapplied batches: from memory where their event brought them, the others read back at once. */
    private FoldBatch rowsOf(UUID eventId, List<InteractionsRecorded> batches, Collection<UUID> unapplied) {
        Map<UUID, InteractionsRecorded> byId = batches.stream()
                .collect(Collectors.toMap(InteractionsRecorded::batchId, b -> b, (first, again) -> first));
        List<RecordedInteraction> rows = new ArrayList<>();
        List<InteractionsRecorded> toRead = new ArrayList<>();
        Instant latest = Instant.EPOCH;
        for (UUID batchId : unapplied) {
            InteractionsRecorded batch = byId.get(batchId);
            if (batch.inMemory().isPresent()) {
                rows.addAll(batch.inMemory().get());
                latest = batch.receivedAt().isAfter(latest) ? batch.receivedAt() : latest; // in memory: never null
            } else {
                toRead.add(batch);
            }
        }
        if (!toRead.isEmpty()) {
            FoldBatch readBack = rollups.readBack(eventId, toRead);
            rows.addAll(readBack.interactions());
            latest = readBack.receivedAt().isAfter(latest) ? readBack.receivedAt() : latest;
        }
        return new FoldBatch(rows, latest);
    }

    @Override
    public void rebuild(UUID eventId) {
        transactions.executeWithoutResult(status -> {
            rollups.lockEvent(eventId);
            // The aggregates of a large event are far larger than a dashboard's queries: let them stay in memory.
            rollups.useWorkMemory("256MB");
            rollups.delete(eventId, List.of("analytics_applied_batch"));
            for (FoldStep step : steps) {
                rollups.delete(eventId, step.tables());
            }
            rollups.markAllApplied(eventId);
            for (FoldStep step : steps) {
                step.rebuild(eventId);
            }
        });
        events.publishEvent(new AnalyticsUpdated(eventId));
    }

    private static final class PendingBatches {

        final Queue<InteractionsRecorded> batches = new ConcurrentLinkedQueue<>();
        final ReentrantLock lock = new ReentrantLock();

        List<InteractionsRecorded> take(int max) {
            List<InteractionsRecorded> taken = new ArrayList<>();
            InteractionsRecorded next;
            while (taken.size() < max && (next = batches.poll()) != null) {
                taken.add(next);
            }
            return taken;
        }
    }
}
