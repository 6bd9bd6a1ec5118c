package com.eventlens.analytics.internal;

/** SPEC.md §3's ratios, in one place: full precision, {@code null} where the denominator is zero. */
final class Rates {

    static final int SLOT_SECONDS = 10;

    private Rates() {
    }

    static Double of(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /**
     * The mean of a video's viewers' completion rates from the sum of their capped seconds ({@code video_completion}:
     * Σ min(10 s × slots, duration)); {@code null} without viewers.
     */
    static Double averageCompletion(long cappedSeconds, long viewers, long durationSeconds) {
        return viewers == 0 ? null : (double) cappedSeconds / (viewers * durationSeconds);
    }

    /** Share of a video watched at least once: distinct 10-second slots × 10 ÷ duration, capped at 100 %. */
    static double completion(int coveredSlots, long durationSeconds) {
        return Math.min(1.0, (double) coveredSlots * SLOT_SECONDS / durationSeconds);
    }
}
