package com.eventlens.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One on-demand video's viewers, minutes and completion, and one page of its viewers. */
public record VideoAnalytics(UUID contentId, String name, long durationSeconds, Instant dataAsOf,
                             long uniqueViewers, long totalSecondsViewed, Double averageCompletionRate,
                             long totalViewers, List<Viewer> viewers) {

    public record Viewer(UUID userId, String name, long secondsViewed, double completionRate) {
    }
}
