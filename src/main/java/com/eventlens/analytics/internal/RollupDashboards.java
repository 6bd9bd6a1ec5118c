package com.eventlens.analytics.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.analytics.Breakdown;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.EngagementComponent;
import com.eventlens.analytics.EngagementScore;
import com.eventlens.analytics.EventAnalytics;
import com.eventlens.analytics.LiveViewers;
import com.eventlens.analytics.PageRequest;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.analytics.UserAnalytics;
import com.eventlens.analytics.UserAnalytics.DownloadedAttachment;
import com.eventlens.analytics.UserAnalytics.SessionActivity;
import com.eventlens.analytics.UserAnalytics.VideoActivity;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.analytics.internal.RollupReads.SessionRow;
import com.eventlens.analytics.internal.RollupReads.SessionTotals;
import com.eventlens.analytics.internal.RollupReads.VideoRow;
import com.eventlens.analytics.internal.RollupReads.VideoTotals;
import com.eventlens.people.EventAccess;

/**
 * Turns the rollups into the dashboards' numbers, by SPEC.md §3. One read model for views, JSON and PDFs. The names
 * come from the module's own {@link EventDirectory}, read with the rollups.
 */
@Service
@Transactional(readOnly = true)
class RollupDashboards implements Dashboards {

    /** How a row reads whose person's registration was removed: their activity still counts in the totals. */
    static final String REMOVED = "Removed registration";

    private final RollupReads reads;
    private final EventAccess access;
    private final EventDirectory directory;
    private final EventDashboard events;
    private final EngagementSettingsService engagement;

    RollupDashboards(RollupReads reads, EventAccess access, EventDirectory directory, EventDashboard events,
                     EngagementSettingsService engagement) {
        this.reads = reads;
        this.access = access;
        this.directory = directory;
        this.events = events;
        this.engagement = engagement;
    }

    @Override
    public Optional<EventAnalytics> event(UUID eventId) {
        return events.event(eventId);
    }

    @Override
    public Optional<LiveViewers> liveViewers(UUID eventId, UUID sessionId, int interval) {
        return events.liveViewers(eventId, sessionId, interval);
    }

    @Override
    public Optional<Breakdown> breakdown(UUID eventId, Breakdown.By by) {
        return events.breakdown(eventId, by);
    }

    @Override
    public Optional<UserAnalytics> user(UUID eventId, UUID userId) {
        if (!access.maySee(eventId)) {
            return Optional.empty();
        }
        return directory.person(eventId, userId).map(person -> user(eventId, person));
    }

    private UserAnalytics user(UUID eventId, PersonDetails person) {
        List<SessionDetails> agendaOrder = directory.sessions(eventId);
        Map<UUID, SessionDetails> sessions = agendaOrder.stream()
                .collect(Collectors.toMap(SessionDetails::id, Function.identity()));
        Map<UUID, AttachmentDetails> attachments = directory.attachments(eventId).stream()
                .collect(Collectors.toMap(AttachmentDetails::id, Function.identity()));
        Map<UUID, Long> attachmentsPerSession = attachments.values().stream()
                .collect(Collectors.groupingBy(AttachmentDetails::sessionId, Collectors.counting()));
        Map<UUID, VideoDetails> videos = directory.videos(eventId).stream()
                .collect(Collectors.toMap(VideoDetails::id, Function.identity()));

        List<SessionRow> sessionRows = reads.sessionsOfUser(eventId, person.id()).stream()
                .sorted(Comparator.comparingInt(row -> agendaOrder.indexOf(sessions.get(row.sessionId()))))
                .toList();
        List<VideoRow> videoRows = reads.videosOfUser(eventId, person.id()).stream()
                .filter(row -> videos.containsKey(row.contentId()))
                .sorted(Comparator.comparing((VideoRow row) -> videos.get(row.contentId()).name()))
                .toList();

        long live = sessionRows.stream().mapToLong(SessionRow::liveSeconds).sum();
        long recording = sessionRows.stream().mapToLong(SessionRow::recordingSeconds).sum();
        long onDemand = videoRows.stream().mapToLong(VideoRow::seconds).sum();
        Double averageEngagement = sessionRows.stream()
                .filter(row -> row.liveSeconds() > 0)
                .mapToDouble(SessionRow::liveEngagementRate)
                .average().stream().boxed().findFirst().orElse(null);

        List<DownloadedAttachment> downloads = reads.downloadsOfUser(eventId, person.id()).stream()
                .map(download -> attachments.get(download.attachmentId()))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt((AttachmentDetails a) -> agendaOrder.indexOf(sessions.get(a.sessionId())))
                        .thenComparing(AttachmentDetails::name))
                .map(a -> new DownloadedAttachment(a.id(), a.name(), a.contentType(), a.sessionId(),
                        nameOf(sessions.get(a.sessionId()))))
                .toList();

        long reactions = sessionRows.stream().mapToLong(SessionRow::reactions).sum();
        long chatMessages = sessionRows.stream().mapToLong(SessionRow::chatMessages).sum();
        long polls = reads.distinctPollsOfUser(eventId, person.id());
        long qaThreads = sessionRows.stream().mapToLong(SessionRow::qaThreads).sum();
        Map<EngagementComponent, Double> values = new java.util.EnumMap<>(Map.of(
                EngagementComponent.VIEWING, (live + recording) / 60.0,
                EngagementComponent.ON_DEMAND, onDemand / 60.0,
                EngagementComponent.LIVE_ENGAGEMENT, averageEngagement == null ? 0.0 : averageEngagement,
                EngagementComponent.REACTIONS, (double) reactions,
                EngagementComponent.CHAT, (double) chatMessages,
                EngagementComponent.POLLS, (double) polls,
                EngagementComponent.QA, (double) qaThreads,
                EngagementComponent.DOWNLOADS, (double) downloads.size(),
                EngagementComponent.RAISED_HANDS, (double) sessionRows.stream().mapToLong(SessionRow::raisedHands).sum()));
        return new UserAnalytics(person.id(), person.fullName(), person.roles(), person.title(), person.company(),
                person.industry(), person.country(), reads.dataAsOf(eventId).orElse(null),
                live + recording + onDemand, live, recording, onDemand,
                (int) sessionRows.stream().filter(row -> row.secondsViewed() > 0).count(),
                averageEngagement,
                (int) videoRows.stream().filter(row -> row.seconds() > 0).count(),
                reactions, chatMessages, polls, qaThreads,
                downloads.size(),
                downloads,
                sessionRows.stream().map(row -> new SessionActivity(row.sessionId(), nameOf(sessions.get(row.sessionId())),
                        row.secondsViewed(), row.liveEngagementRate(), row.reactions(), row.raisedHands(),
                        row.attachmentsDownloaded(), attachmentsPerSession.getOrDefault(row.sessionId(), 0L),
                        row.chatMessages(), row.pollsAnswered())).toList(),
                videoRows.stream().map(row -> {
                    VideoDetails video = videos.get(row.contentId());
                    return new VideoActivity(video.id(), video.name(), row.seconds(),
                            Rates.completion(row.coveredSlots(), video.durationSeconds()));
                }).toList(),
                EngagementScore.of(engagement.current(eventId), values));
    }

    @Override
    public Optional<SessionAnalytics> session(UUID eventId, UUID sessionId, PageRequest page) {
        page.requireSortAmong(RollupReads.ATTENDEE_SORTS.keySet());
        if (!access.maySee(eventId)) {
            return Optional.empty();
        }
        return directory.session(eventId, sessionId).map(session -> {
            List<SessionRow> rows = reads.attendees(eventId, sessionId, page.sort(), page.descending(), page.size(),
                    page.offset());
            Map<UUID, PersonDetails> names = directory.people(eventId, rows.stream().map(SessionRow::userId).toList());
            List<SessionAnalytics.Attendee> attendees = rows.stream().map(row -> {
                PersonDetails person = names.get(row.userId());
                return new SessionAnalytics.Attendee(row.userId(), person == null ? REMOVED : person.fullName(),
                        person == null ? "" : person.title(), person == null ? "" : person.company(),
                        row.secondsViewed(), row.reactions(), row.chatMessages(), row.pollsAnswered(),
                        row.liveEngagementRate());
            }).toList();
            return headline(session, reads.sessionTotals(eventId), reads.downloadedAttachmentsPerSession(eventId),
                    attachmentCounts(eventId), reads.dataAsOf(eventId).orElse(null),
                    events.sessionPeak(eventId, sessionId), attendees);
        });
    }

    @Override
    public List<SessionAnalytics> sessions(UUID eventId) {
        if (!access.maySee(eventId)) {
            return List.of();
        }
        Map<UUID, SessionTotals> totals = reads.sessionTotals(eventId);
        Map<UUID, Long> downloaded = reads.downloadedAttachmentsPerSession(eventId);
        Map<UUID, Long> attachmentCounts = attachmentCounts(eventId);
        var asOf = reads.dataAsOf(eventId).orElse(null);
        Map<UUID, EventReads.Peak> peaks = events.sessionPeaks(eventId);
        return directory.sessions(eventId).stream()
                .map(session -> headline(session, totals, downloaded, attachmentCounts, asOf,
                        peaks.getOrDefault(session.id(), EventReads.Peak.NONE), List.of()))
                .toList();
    }

    private SessionAnalytics headline(SessionDetails session, Map<UUID, SessionTotals> allTotals,
                                      Map<UUID, Long> downloaded, Map<UUID, Long> attachmentCounts,
                                      java.time.Instant asOf, EventReads.Peak peak,
                                      List<SessionAnalytics.Attendee> attendees) {
        SessionTotals totals = allTotals.getOrDefault(session.id(), SessionTotals.none(session.id()));
        long seconds = totals.liveSeconds() + totals.recordingSeconds();
        return new SessionAnalytics(session.id(), session.name(), asOf, totals.uniqueViewers(), seconds,
                totals.uniqueViewers() == 0 ? 0 : (double) seconds / totals.uniqueViewers(),
                Rates.of(totals.engagedLiveSeconds(), totals.liveSeconds()),
                totals.reactions(), totals.chatMessages(), totals.pollsAnswered(), totals.qaThreads(),
                totals.raisedHands(), downloaded.getOrDefault(session.id(), 0L),
                attachmentCounts.getOrDefault(session.id(), 0L), totals.attendees(), peak.viewers(), peak.at(),
                attendees);
    }

    @Override
    public Optional<VideoAnalytics> video(UUID eventId, UUID contentId, PageRequest page) {
        page.requireSortAmong(RollupReads.VIEWER_SORTS.keySet());
        if (!access.maySee(eventId)) {
            return Optional.empty();
        }
        return directory.video(eventId, contentId)
                .map(video -> {
                    List<VideoRow> rows = reads.viewers(eventId, contentId, page.sort(), page.descending(),
                            page.size(), page.offset());
                    Map<UUID, PersonDetails> names = directory.people(eventId,
                            rows.stream().map(VideoRow::userId).toList());
                    List<VideoAnalytics.Viewer> viewers = rows.stream().map(row -> {
                        PersonDetails person = names.get(row.userId());
                        return new VideoAnalytics.Viewer(row.userId(), person == null ? REMOVED : person.fullName(),
                                person == null ? "" : person.title(), person == null ? "" : person.company(),
                                row.seconds(), Rates.completion(row.coveredSlots(), video.durationSeconds()));
                    }).toList();
                    return headline(video, reads.videoTotals(eventId), reads.cappedSeconds(eventId),
                            reads.dataAsOf(eventId).orElse(null), viewers);
                });
    }

    @Override
    public List<VideoAnalytics> videos(UUID eventId) {
        if (!access.maySee(eventId)) {
            return List.of();
        }
        Map<UUID, VideoTotals> totals = reads.videoTotals(eventId);
        Map<UUID, Long> capped = reads.cappedSeconds(eventId);
        var asOf = reads.dataAsOf(eventId).orElse(null);
        return directory.videos(eventId).stream()
                .map(video -> headline(video, totals, capped, asOf, List.of()))
                .toList();
    }

    private VideoAnalytics headline(VideoDetails video, Map<UUID, VideoTotals> allTotals, Map<UUID, Long> capped,
                                    java.time.Instant asOf, List<VideoAnalytics.Viewer> viewers) {
        VideoTotals totals = allTotals.getOrDefault(video.id(), new VideoTotals(video.id(), 0, 0));
        return new VideoAnalytics(video.id(), video.name(), video.durationSeconds(), asOf, totals.viewers(),
                totals.seconds(), Rates.averageCompletion(capped.getOrDefault(video.id(), 0L), totals.viewers(),
                video.durationSeconds()), totals.viewers(), viewers);
    }

    private Map<UUID, Long> attachmentCounts(UUID eventId) {
        return directory.attachments(eventId).stream()
                .collect(Collectors.groupingBy(AttachmentDetails::sessionId, Collectors.counting()));
    }

    private static String nameOf(SessionDetails session) {
        return session == null ? "" : session.name();
    }
}
