package com.eventlens.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.eventlens.people.EventRole;

/**
 * Everything the User analytics dashboard, its JSON and its PDF show of one person (SPEC.md §2 and §3).
 * Durations are seconds; rates are fractions 0..1, {@code null} where undefined (no live viewing). The engagement
 * score is explained under the event's current settings.
 */
public record UserAnalytics(UUID userId, String name, Set<EventRole> roles, String title, String company,
                            String industry, String country, Instant dataAsOf,
                            long totalSecondsViewed, long liveSeconds, long recordingSeconds, long onDemandSeconds,
                            int sessionsViewed, Double averageLiveEngagementRate, int videosViewed,
                            long reactions, long chatMessages, long pollResponses, long qaThreads,
                            long attachmentsDownloaded,
                            List<DownloadedAttachment> attachments, List<SessionActivity> sessions,
                            List<VideoActivity> onDemand, EngagementScore engagementScore) {

    /** An attachment the person downloaded, and the session it belongs to. */
    public record DownloadedAttachment(UUID attachmentId, String name, String contentType, UUID sessionId,
                                       String sessionName) {
    }

    /** One session the person attended: viewed, or interacted in. */
    public record SessionActivity(UUID sessionId, String name, long secondsViewed, Double liveEngagementRate,
                                  long reactions, long raisedHands, long attachmentsDownloaded,
                                  long attachmentsTotal, long chatMessages, long pollsAnswered) {
    }

    /** One on-demand video the person watched. */
    public record VideoActivity(UUID contentId, String name, long secondsViewed, double completionRate) {
    }
}
