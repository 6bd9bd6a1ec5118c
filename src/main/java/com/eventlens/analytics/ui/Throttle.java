package com.eventlens.analytics.ui;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs an action for a key at most once per interval. The first signal runs it at once; signals that come sooner
 * after a run are gathered into one run when the interval is over, so that the last change is never missed.
 */
final class Throttle<K> {

    /** Runs a task after a delay, on the throttle's own thread. */
    @FunctionalInterface
    interface Scheduler {
        void schedule(Runnable task, Duration delay);
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Scheduler scheduler;
    private final Consumer<K> action;
    private final Map<K, State> states = new ConcurrentHashMap<>();

    Throttle(Duration interval, LongSupplier nanoTime, Scheduler scheduler, Consumer<K> action) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.scheduler = scheduler;
        this.action = action;
    }

    private static final class State {
        boolean ran;
        long lastRun;
        /** A run is scheduled and has not started: it will show whatever a new signal announces. */
        boolean due;
    }

    void signal(K key) {
        State state = states.computeIfAbsent(key, k -> new State());
        long delay;
        synchronized (state) {
            if (state.due) {
                return;
            }
            state.due = true;
            delay = state.ran ? Math.max(0, state.lastRun + intervalNanos - nanoTime.getAsLong()) : 0;
        }
        scheduler.schedule(() -> run(key, state), Duration.ofNanos(delay));
    }

    private void run(K key, State state) {
        synchronized (state) {
            state.due = false;
            state.ran = true;
            state.lastRun = nanoTime.getAsLong();
        }
        action.accept(key);
    }
}
