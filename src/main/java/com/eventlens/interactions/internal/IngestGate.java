package com.eventlens.interactions.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.eventlens.interactions.RecordedBacklog;

/**
 * Back-pressure on the ingest API. While the fold is further behind than {@code eventlens.ingest.max-fold-lag}, or
 * more than {@code eventlens.ingest.max-batches-waiting} stored batches wait for it, a new batch is refused with
 * {@code 429} and a {@code Retry-After}, so that the lag stops growing instead of growing without bound (and with it
 * the memory of the batches waiting). While the console shuts down, a batch is refused with {@code 503}: it would
 * not be folded before the stop. A refused batch changes nothing; players send it again later.
 *
 * <p>A lifecycle of the highest phase: it stops first, before the web server's graceful shutdown lets the requests in
 * progress finish.
 */
@Component
class IngestGate implements SmartLifecycle {

    /** How long to wait before trying again after a 503: about the time a restart takes. */
    static final Duration AFTER_SHUTDOWN = Duration.ofSeconds(10);
    /** The longest Retry-After that a 429 asks for. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
    /** How old a measure of the backlog may be: many requests a second should not each read the registry. */
    static final Duration FRESHNESS = Duration.ofMillis(200);

    private record Measured(RecordedBacklog.Backlog backlog, long atNanos) {
    }

    record Refusal(HttpStatus status, Duration retryAfter, String detail) {
    }

    private final RecordedBacklog backlog;
    private final Duration maxLag;
    private final long maxBatchesWaiting;
    private final AtomicReference<Measured> last = new AtomicReference<>();
    private volatile boolean open;

    IngestGate(RecordedBacklog backlog, IngestProperties limits) {
        this.backlog = backlog;
        this.maxLag = limits.maxFoldLag();
        this.maxBatchesWaiting = limits.maxBatchesWaiting();
    }

    /** Why a batch arriving now must wait, if it must. */
    Optional<Refusal> refusal() {
        if (!open) {
            return Optional.of(new Refusal(HttpStatus.SERVICE_UNAVAILABLE, AFTER_SHUTDOWN,
                    "The console is shutting down; send the batch again in a moment, to it or another instance."));
        }
        RecordedBacklog.Backlog now = backlog();
        if (now.lag().compareTo(maxLag) <= 0 && now.batchesWaiting() <= maxBatchesWaiting) {
            return Optional.empty();
        }
        // About half the lag drains by then at the fold's own pace; a client retrying after that finds room.
        Duration retryAfter = Duration.ofSeconds(Math.clamp((now.lag().toSeconds() + 1) / 2 + 1, 1,
                MAX_RETRY_AFTER.toSeconds()));
        return Optional.of(new Refusal(HttpStatus.TOO_MANY_REQUESTS, retryAfter, String.format(
                "The analytics are %.1f s behind with %,d batches waiting (limits: %d s, %,d batches); send the batch "
                        + "again after %d s.", now.lag().toMillis() / 1000.0, now.batchesWaiting(), maxLag.toSeconds(),
                maxBatchesWaiting, retryAfter.toSeconds())));
    }

    private RecordedBacklog.Backlog backlog() {
        Measured measured = last.get();
        long now = System.nanoTime();
        if (measured == null || now - measured.atNanos() > FRESHNESS.toNanos()) {
            measured = new Measured(backlog.now(), now);
            last.set(measured);
        }
        return measured.backlog();
    }

    @Override
    public void start() {
        open = true;
    }

    @Override
    public void stop() {
        open = false;
    }

    @Override
    public boolean isRunning() {
        return open;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
