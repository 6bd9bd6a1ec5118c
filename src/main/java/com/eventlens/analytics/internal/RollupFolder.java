package com.eventlens.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.eventlens.analytics.AnalyticsUpdated;
import com.eventlens.analytics.RollupMaintenance;
import com.eventlens.interactions.InteractionsRecorded;
import com.eventlens.interactions.RecordedInteraction;

/**
 * Keeps the rollups current: every stored batch is folded in exactly once. The batches come from the node's trigger:
 * {@link RollupUpdater} (the in-process listener of the single process) or {@link FoldConsumer} (a Kafka consumer in
 * cluster mode); a node without the role {@code fold} has neither, and uses this class only to rebuild.
 *
 * <p>Marking batches applied and folding them happen in one transaction; the future that {@link #queue} returns
 * completes after that transaction committed, and only then is the batch's delivery acknowledged (Spring Modulith
 * completes the listener's publication, or the consumer commits its offset). A crash in between leaves it
 * unacknowledged and it is delivered again, where the mark makes a second fold impossible.
 *
 * <p>Queueing returns at once, on the thread that delivered the batch. One folder per event (a virtual thread, started
 * when its queue was empty) folds everything queued so far, up to {@link #MAX_BATCHES_PER_FOLD} batches, in one
 * transaction, then the next lot, until the queue is empty. Nothing
 * waits on a thread for its turn, so the more batches arrive while a fold runs, the more the next fold takes in: the
 * fold grows more efficient as it falls behind (one upsert of a person's row for all their batches), instead of being
 * held to the size of a listener thread pool. After a restart the registry hands every outstanding batch over at once,
 * and they are folded the same way, many together, in the order they were queued: new batches wait their turn, not
 * for the whole backlog.
 *
 * <p>A fold runs the {@link FoldStep}s over the batches' rows: those that came in memory with their event, the others
 * (republished after a restart) read back from {@code recorded_interaction} in one query (decision record 15). A fold
 * that fails completes its batches' futures exceptionally (their publications stay incomplete, for the next start; in
 * cluster mode the consumer tries them again from the same offsets) and leaves them at the head of the queue, so that
 * the next batch to arrive brings them along for another try.
 *
 * <p>Open screens learn of a fold through {@link AnalyticsUpdated}, announced by the folder once the fold committed
 * ({@link UpdateNotices}). Its listeners must hand the work on (LiveAnalytics does): they run on the folder's thread
 * between two folds.
 *
 * <p>While the console stops, the fold in progress finishes and commits; what is still queued stays in the registry
 * (or, in cluster mode, beyond the committed offsets) for the next start. Kafka's listener containers stop in an
 * earlier phase than this one, so a fold consumer's last poll is folded before the folders stop.
 */
@Service
class RollupFolder implements RollupMaintenance, SmartLifecycle {

    /** At most this many batches (of up to 5,000 interactions) go into one fold transaction. */
    static final int MAX_BATCHES_PER_FOLD = 100;

    /** How long a stop waits for the folds in progress. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(RollupFolder.class);

    private final Rollups rollups;
    private final List<FoldStep> steps;
    private final TransactionTemplate transactions;
    private final UpdateNotices notices;
    private final AnalyticsMetrics metrics;
    private final ConcurrentHashMap<UUID, EventQueue> queues = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean stopping;

    RollupFolder(Rollups rollups, List<FoldStep> steps, TransactionTemplate transactions,
                 UpdateNotices notices, AnalyticsMetrics metrics) {
        this.rollups = rollups;
        this.steps = List.copyOf(steps);
        this.transactions = transactions;
        this.notices = notices;
        this.metrics = metrics;
    }

    /** Queues a stored batch for its fold; the future completes once the fold committed. */
    CompletableFuture<Void> queue(InteractionsRecorded recorded) {
        return queues.computeIfAbsent(recorded.eventId(), EventQueue::new).add(recorded);
    }

    /** A batch waiting for its fold, and what completes its publication. */
    private record Waiting(InteractionsRecorded batch, CompletableFuture<Void> folded) {
    }

    /** One event's batches waiting for their fold, and its folder while one runs. */
    private final class EventQueue {

        private final UUID eventId;
        private final Deque<Waiting> waiting = new ArrayDeque<>();
        private Thread folder;

        EventQueue(UUID eventId) {
            this.eventId = eventId;
        }

        synchronized CompletableFuture<Void> add(InteractionsRecorded batch) {
            Waiting added = new Waiting(batch, new CompletableFuture<>());
            waiting.addLast(added);
            startFolder();
            return added.folded();
        }

        /** Starts a folder unless one runs, the queue is empty or the console stops. */
        synchronized void startFolder() {
            if (folder == null && !stopping && !waiting.isEmpty()) {
                folder = Thread.ofVirtual().name("rollup-fold-" + eventId).start(this::foldUntilEmpty);
            }
        }

        /** The next lot, or none: then the folder ends (a new batch starts another). */
        private synchronized List<Waiting> next() {
            if (stopping || waiting.isEmpty()) {
                folder = null;
                notifyAll();
                return List.of();
            }
            List<Waiting> taken = new ArrayList<>();
            while (taken.size() < MAX_BATCHES_PER_FOLD && !waiting.isEmpty()) {
                taken.add(waiting.removeFirst());
            }
            return taken;
        }

        /** A failed lot goes back to the head of the queue; the folder ends, the next batch to arrive retries it. */
        private synchronized void failed(List<Waiting> lot) {
            for (int i = lot.size() - 1; i >= 0; i--) {
                waiting.addFirst(lot.get(i));
            }
            folder = null;
            notifyAll();
        }

        private void foldUntilEmpty() {
            for (List<Waiting> lot = next(); !lot.isEmpty(); lot = next()) {
                List<InteractionsRecorded> batches = lot.stream().map(Waiting::batch).toList();
                long interactions;
                try {
                    long started = System.nanoTime();
                    interactions = transactions.execute(status -> fold(eventId, batches));
                    metrics.folded(interactions, System.nanoTime() - started);
                } catch (RuntimeException e) {
                    log.warn("Folding {} batches of event {} failed; they are tried again with the next batch, and "
                            + "are republished at the next start", lot.size(), eventId, e);
                    lot.forEach(waiting -> waiting.folded().completeExceptionally(e));
                    failed(lot);
                    return;
                }
                lot.forEach(waiting -> waiting.folded().complete(null));
                if (interactions > 0) {
                    notices.announce(eventId);
                }
            }
        }

        /** Waits until no folder of this event runs (or the deadline passes). */
        synchronized void awaitIdle(long deadlineNanos) throws InterruptedException {
            long left;
            while (folder != null && (left = deadlineNanos - System.nanoTime()) > 0) {
                wait(Math.max(1, left / 1_000_000));
            }
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
        notices.announce(eventId);
    }

    /**
     * Also a restart after a {@link #stop()}: the test framework pauses cached application contexts that way. Batches
     * queued meanwhile are folded now rather than when the next one arrives.
     */
    @Override
    public void start() {
        stopping = false;
        running = true;
        queues.values().forEach(EventQueue::startFolder);
    }

    /** No new fold starts; the folds in progress finish and commit (within {@link #STOP_TIMEOUT}). */
    @Override
    public void stop() {
        stopping = true;
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        try {
            for (EventQueue queue : queues.values()) {
                queue.awaitIdle(deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server's graceful shutdown (the requests in progress queue their batches), before the database. */
    @Override
    public int getPhase() {
        return 0;
    }
}
