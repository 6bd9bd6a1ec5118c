package com.eventlens.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.eventlens.people.RegistrationStatus;

/**
 * The event as a whole (SPEC.md §2 "Event analytics", §3 "Event-level figures"): the funnel from registered to
 * attended, the event's totals, its peak of concurrent live viewers, its sessions and videos ranked, and how engaged
 * its attendees were. Durations are seconds, rates fractions 0..1 ({@code null} where undefined).
 *
 * @param registered            registrations, removed ones excluded
 * @param attendees             distinct people with viewing or any interaction, removed registrations included
 * @param attendanceRate        attendees who are registered ÷ registered; {@code null} when nobody is registered
 * @param registrationsByStatus registrations per status (every status, 0 included)
 * @param peakAt                the earliest minute that reaches the peak; {@code null} without live viewing
 * @param averageEngagementScore mean of the attendees' scores; {@code null} without attendees
 * @param mostEngaged           the attendees with the highest scores, best first
 */
public record EventAnalytics(UUID eventId, String name, Instant dataAsOf, long registered, long attendees,
                             Double attendanceRate, Map<RegistrationStatus, Long> registrationsByStatus,
                             long totalSecondsViewed, long liveSeconds, long recordingSeconds, long onDemandSeconds,
                             Double liveEngagementRate, long reactions, long chatMessages, long pollResponses,
                             long qaThreads, long raisedHands, long attachmentsDownloaded,
                             long peakConcurrentViewers, Instant peakAt, Double averageEngagementScore,
                             Bands engagementBands, List<SessionRank> sessions, List<VideoRank> videos,
                             List<EngagedPerson> mostEngaged) {

    /** How many attendees are Hot, Warm and Cold. */
    public record Bands(long hot, long warm, long cold) {
    }

    /** A session of the event with its audience, in agenda order. */
    public record SessionRank(UUID sessionId, String name, Instant startsAt, long attendees, long uniqueViewers,
                              long totalSecondsViewed, Double liveEngagementRate, long peakConcurrentViewers,
                              Instant peakAt) {
    }

    /** An on-demand video of the event with its audience, the most viewed first. */
    public record VideoRank(UUID contentId, String name, long uniqueViewers, long totalSecondsViewed,
                            Double averageCompletionRate) {
    }

    /** An attendee among the most engaged; {@code name} is "Removed registration" for a removed person. */
    public record EngagedPerson(UUID userId, String name, String title, String company, double score,
                                EngagementBand band) {
    }
}
