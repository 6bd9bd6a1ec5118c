package com.eventlens.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Concurrent live viewers over time (SPEC.md §3): for buckets of {@code interval} minutes aligned to the UTC hour, from
 * the bucket of the first to that of the last live beacon, the distinct people with a live beacon in each (0 for an
 * empty bucket); of one session, or of the whole event when {@code sessionId} is {@code null}.
 */
public record LiveViewers(int interval, UUID sessionId, List<Point> points) {

    /** The bucket sizes one may ask for, in minutes. */
    public static final List<Integer> INTERVALS = List.of(1, 5, 15, 60);

    public record Point(Instant at, long viewers) {
    }

    public LiveViewers {
        points = List.copyOf(points);
    }

    /** The bucket with the most viewers, the earliest of equals; empty without live viewing. */
    public java.util.Optional<Point> peak() {
        Point peak = null;
        for (Point point : points) {
            if (point.viewers() > 0 && (peak == null || point.viewers() > peak.viewers())) {
                peak = point;
            }
        }
        return java.util.Optional.ofNullable(peak);
    }
}
