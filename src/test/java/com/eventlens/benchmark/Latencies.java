package com.eventlens.benchmark;

import java.util.Arrays;

/** Timed repetitions and their percentiles, for the sections that measure single requests. */
final class Latencies {

    private final long[] nanos;

    private Latencies(long[] nanos) {
        this.nanos = nanos;
        Arrays.sort(this.nanos);
    }

    /** Runs {@code warmUp} untimed calls, then {@code times} timed ones. */
    static Latencies measure(int warmUp, int times, Runnable call) {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - started;
        }
        return new Latencies(nanos);
    }

    long percentile(double p) {
        return percentile(nanos, p);
    }

    static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String millis(long nanos) {
        return String.format("%,.1f ms", nanos / 1e6);
    }
}
