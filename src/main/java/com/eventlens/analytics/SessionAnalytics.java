package com.eventlens.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One session's headline numbers (sums over its attendees) and one page of its attendees.
 * Rates are fractions 0..1, {@code null} where there was no live viewing. The peak of concurrent live viewers is
 * reached first at {@code peakAt} ({@code null} without live viewing).
 */
public record SessionAnalytics(UUID sessionId, String name, Instant dataAsOf, long uniqueViewers,
                               long totalSecondsViewed, double averageSecondsViewed, Double liveEngagementRate,
                               long reactions, long chatMessages, long pollsAnswered, long qaThreads,
                               long raisedHands, long attachmentsDownloaded, long attachmentsTotal,
                               long totalAttendees, long peakConcurrentViewers, Instant peakAt,
                               List<Attendee> attendees) {

    /** One attendee's row of the Attendees table. */
    public record Attendee(UUID userId, String name, String title, String company, long secondsViewed,
                           long reactions, long chatMessages, long pollsAnswered, Double liveEngagementRate) {
    }
}
