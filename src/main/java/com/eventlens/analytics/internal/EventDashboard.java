package com.eventlens.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.eventlens.analytics.Breakdown;
import com.eventlens.analytics.EngagementBand;
import com.eventlens.analytics.EventAnalytics;
import com.eventlens.analytics.LiveViewers;
import com.eventlens.analytics.internal.EventReads.AttendeeSums;
import com.eventlens.analytics.internal.EventReads.Peak;
import com.eventlens.analytics.internal.EventReads.StatusCount;
import com.eventlens.analytics.internal.RollupReads.SessionTotals;
import com.eventlens.analytics.internal.RollupReads.VideoTotals;
import com.eventlens.people.EventAccess;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.input.InvalidInput;

/**
 * The event-level part of {@link com.eventlens.analytics.Dashboards}: the Event analytics page, the live viewers over
 * time and the breakdowns, by SPEC.md §3 "Event-level figures, concurrency, engagement score". Callers run it in a
 * read-only transaction and have checked nothing: each method checks that the account may see the event.
 */
@Component
class EventDashboard {

    /** How many of the most engaged people the event page names. */
    static final int MOST_ENGAGED = 10;

    private final EventReads reads;
    private final RollupReads rollups;
    private final EventDirectory directory;
    private final EventAccess access;

    EventDashboard(EventReads reads, RollupReads rollups, EventDirectory directory, EventAccess access) {
        this.reads = reads;
        this.rollups = rollups;
        this.directory = directory;
        this.access = access;
    }

    Optional<EventAnalytics> event(UUID eventId) {
        return access.findVisible(eventId).map(this::event);
    }

    private EventAnalytics event(VisibleEvent event) {
        UUID eventId = event.id();
        Map<RegistrationStatus, StatusCount> statuses = reads.statusCounts(eventId);
        Map<RegistrationStatus, Long> byStatus = new EnumMap<>(RegistrationStatus.class);
        long registered = 0;
        long registeredAttendees = 0;
        for (RegistrationStatus status : RegistrationStatus.values()) {
            StatusCount count = statuses.getOrDefault(status, new StatusCount(0, 0));
            byStatus.put(status, count.people());
            registered += count.people();
            registeredAttendees += count.attendees();
        }
        AttendeeSums sums = reads.attendeeSums(eventId);
        Map<UUID, SessionTotals> sessionTotals = rollups.sessionTotals(eventId);
        Map<UUID, VideoTotals> videoTotals = rollups.videoTotals(eventId);
        long live = 0;
        long engaged = 0;
        long recording = 0;
        long reactions = 0;
        long chat = 0;
        long qa = 0;
        long hands = 0;
        for (SessionTotals totals : sessionTotals.values()) {
            live += totals.liveSeconds();
            engaged += totals.engagedLiveSeconds();
            recording += totals.recordingSeconds();
            reactions += totals.reactions();
            chat += totals.chatMessages();
            qa += totals.qaThreads();
            hands += totals.raisedHands();
        }
        long onDemand = videoTotals.values().stream().mapToLong(VideoTotals::seconds).sum();
        Peak peak = reads.peak(eventId, LiveViewersFold.WHOLE_EVENT);
        return new EventAnalytics(eventId, event.name(), rollups.dataAsOf(eventId).orElse(null), registered,
                sums.attendees(), registered == 0 ? null : (double) registeredAttendees / registered, byStatus,
                live + recording + onDemand, live, recording, onDemand, Rates.of(engaged, live), reactions, chat,
                sums.pollResponses(), qa, hands, sums.attachmentsDownloaded(), peak.viewers(), peak.at(),
                sums.attendees() == 0 ? null : sums.scoreSum() / sums.attendees(),
                new EventAnalytics.Bands(sums.hot(), sums.warm(), sums.cold()),
                sessions(eventId, sessionTotals), videos(eventId, videoTotals), mostEngaged(eventId));
    }

    private List<EventAnalytics.SessionRank> sessions(UUID eventId, Map<UUID, SessionTotals> allTotals) {
        Map<UUID, Peak> peaks = reads.sessionPeaks(eventId);
        return directory.sessions(eventId).stream().map(session -> {
            SessionTotals totals = allTotals.getOrDefault(session.id(), SessionTotals.none(session.id()));
            Peak peak = peaks.getOrDefault(session.id(), Peak.NONE);
            return new EventAnalytics.SessionRank(session.id(), session.name(), session.startsAt(), totals.attendees(),
                    totals.uniqueViewers(), totals.liveSeconds() + totals.recordingSeconds(),
                    Rates.of(totals.engagedLiveSeconds(), totals.liveSeconds()), peak.viewers(), peak.at());
        }).toList();
    }

    private List<EventAnalytics.VideoRank> videos(UUID eventId, Map<UUID, VideoTotals> allTotals) {
        Map<UUID, Long> capped = rollups.cappedSeconds(eventId);
        return directory.videos(eventId).stream().map(video -> {
            VideoTotals totals = allTotals.getOrDefault(video.id(), new VideoTotals(video.id(), 0, 0));
            return new EventAnalytics.VideoRank(video.id(), video.name(), totals.viewers(), totals.seconds(),
                    Rates.averageCompletion(capped.getOrDefault(video.id(), 0L), totals.viewers(),
                            video.durationSeconds()));
        }).sorted(Comparator.comparingLong(EventAnalytics.VideoRank::uniqueViewers).reversed()
                .thenComparing(EventAnalytics.VideoRank::name)).toList();
    }

    private List<EventAnalytics.EngagedPerson> mostEngaged(UUID eventId) {
        List<EventReads.Engaged> top = reads.mostEngaged(eventId, MOST_ENGAGED);
        Map<UUID, PersonDetails> names = directory.people(eventId, top.stream().map(EventReads.Engaged::userId).toList());
        return top.stream().map(engaged -> {
            PersonDetails person = names.get(engaged.userId());
            return new EventAnalytics.EngagedPerson(engaged.userId(),
                    person == null ? RollupDashboards.REMOVED : person.fullName(), person == null ? "" : person.title(),
                    person == null ? "" : person.company(), engaged.score(), EngagementBand.of(engaged.score()));
        }).toList();
    }

    Optional<LiveViewers> liveViewers(UUID eventId, UUID sessionId, int interval) {
        if (!LiveViewers.INTERVALS.contains(interval)) {
            throw new InvalidInput("interval", "must be one of " + LiveViewers.INTERVALS + " (minutes), was " + interval);
        }
        if (!access.maySee(eventId) || sessionId != null && directory.session(eventId, sessionId).isEmpty()) {
            return Optional.empty();
        }
        Map<Instant, Long> buckets = reads.liveViewers(eventId, sessionId == null ? LiveViewersFold.WHOLE_EVENT
                : sessionId, interval);
        List<LiveViewers.Point> points = new ArrayList<>();
        if (!buckets.isEmpty()) {
            Duration step = Duration.ofMinutes(interval);
            Instant last = buckets.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
            for (Instant at = buckets.keySet().iterator().next(); !at.isAfter(last); at = at.plus(step)) {
                points.add(new LiveViewers.Point(at, buckets.getOrDefault(at, 0L)));
            }
        }
        return Optional.of(new LiveViewers(interval, sessionId, points));
    }

    Optional<Breakdown> breakdown(UUID eventId, Breakdown.By by) {
        if (!access.maySee(eventId)) {
            return Optional.empty();
        }
        return Optional.of(new Breakdown(by, reads.breakdown(eventId, by)));
    }

    /** A session's peak, for its own dashboard. */
    Peak sessionPeak(UUID eventId, UUID sessionId) {
        return reads.peak(eventId, sessionId);
    }

    Map<UUID, Peak> sessionPeaks(UUID eventId) {
        return reads.sessionPeaks(eventId);
    }
}
