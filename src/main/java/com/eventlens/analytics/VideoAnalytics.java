package com.eventlens.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One on-demand video's viewers, minutes and completion, and one page of its viewers. */
public record VideoAnalytics(UUID contentId, String name, long durationSeconds, Instant dataAsOf,
                             long uniqueViewers, long totalSecondsViewed, Double averageCompletionRate,
                             long totalViewers, List<Viewer> viewers) {

    /** One viewer's row, with their job title and company so that two people of one name can be told apart. */
    public record Viewer(UUID userId, String name, String title, String company, long secondsViewed,
                         double completionRate) {
    }
}
