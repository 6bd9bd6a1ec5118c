package com.eventlens.analytics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.EventAnalytics;
import com.eventlens.analytics.LiveViewers;
import com.eventlens.analytics.LiveViewersChart;
import com.eventlens.analytics.PageRequest;
import com.eventlens.analytics.PdfReport;
import com.eventlens.analytics.Reports;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.analytics.UserAnalytics;
import com.eventlens.analytics.UserAnalytics.DownloadedAttachment;
import com.eventlens.analytics.UserAnalytics.SessionActivity;
import com.eventlens.analytics.UserAnalytics.VideoActivity;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.people.EventAccess;
import com.eventlens.people.EventRole;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.FileNames;
import com.eventlens.shared.format.Formats;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

/**
 * The PDF reports, filled from {@link Dashboards} (the one read model of the dashboards and the JSON) and
 * formatted with the console's {@link Formats}, so that a PDF reads exactly as the screen at that moment. All of a
 * report's reads run in one read-only REPEATABLE READ transaction: its headline and every page of its table
 * come from the same snapshot. Large tables are fetched page by page while the report fills, and the filled
 * pages go to a swap file, so a 100,000-attendee session costs disk, not heap.
 */
@Service
class PdfReports implements Reports {

    /** The console's formats are US English (see {@link Formats}); so is every report. */
    static final Locale LOCALE = Locale.US;
    static final String SORT = "secondsViewed";
    private static final int PAGE = PageRequest.MAX_SIZE;
    /** Filled pages kept in memory before the rest go to the swap file. */
    private static final int PAGES_IN_MEMORY = 8;

    private final Dashboards dashboards;
    private final EventAccess events;
    private final EventDirectory directory;
    private final ReportTemplates templates;
    private final TransactionTemplate snapshot;
    private final Clock clock;
    private final AnalyticsMetrics metrics;

    PdfReports(Dashboards dashboards, EventAccess events, EventDirectory directory, ReportTemplates templates,
               PlatformTransactionManager transactions, AnalyticsMetrics metrics, Clock clock) {
        this.dashboards = dashboards;
        this.events = events;
        this.directory = directory;
        this.templates = templates;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
        this.metrics = metrics;
    }

    // --- event -----------------------------------------------------------------------------------------------

    /** An event report is a few pages: read and filled here, in one snapshot, and only exported when written. */
    @Override
    public Optional<PdfReport> event(UUID eventId) {
        long requested = System.nanoTime();
        return snapshot.execute(transaction -> events.findVisible(eventId).flatMap(event ->
                dashboards.event(eventId).map(analytics -> {
                    Instant now = clock.instant();
                    return report("event", requested, fileName(event, "event", "Event overview", now),
                            fillEvent(event, analytics, now));
                })));
    }

    private JasperPrint fillEvent(VisibleEvent event, EventAnalytics analytics, Instant now) {
        ZoneId zone = event.timeZone();
        Map<String, Object> parameters = common(event, now, analytics.dataAsOf());
        parameters.put("REGISTERED", Formats.count(analytics.registered()));
        parameters.put("ATTENDEES", Formats.count(analytics.attendees()));
        parameters.put("ATTENDANCE_RATE", Formats.percent(analytics.attendanceRate()));
        parameters.put("BY_STATUS", "Registrations by status:  " + analytics.registrationsByStatus().entrySet().stream()
                .map(status -> status.getKey().label() + " " + Formats.count(status.getValue()))
                .collect(Collectors.joining("  ·  ")));
        parameters.put("PEAK", Formats.count(analytics.peakConcurrentViewers()));
        parameters.put("PEAK_AT", analytics.peakAt() == null ? "no live viewing yet"
                : "at " + Formats.time(analytics.peakAt(), zone) + " · " + Formats.date(analytics.peakAt(), zone));
        parameters.put("TOTAL_VIEWED", Formats.hoursMinutesSeconds(analytics.totalSecondsViewed()));
        parameters.put("VIEWED_SPLIT", "Live " + Formats.hoursMinutesSeconds(analytics.liveSeconds()) + " · Recordings "
                + Formats.hoursMinutesSeconds(analytics.recordingSeconds()) + " · On-demand "
                + Formats.hoursMinutesSeconds(analytics.onDemandSeconds()));
        parameters.put("ENGAGEMENT", Formats.percent(analytics.liveEngagementRate()));
        parameters.put("ENGAGEMENT_BAR", RateBar.of(analytics.liveEngagementRate()));
        parameters.put("AVERAGE_SCORE", Formats.score(analytics.averageEngagementScore()));
        EventAnalytics.Bands bands = analytics.engagementBands();
        parameters.put("BANDS", Formats.count(bands.hot()) + " · " + Formats.count(bands.warm()) + " · "
                + Formats.count(bands.cold()));
        parameters.put("COUNTERS", Formats.count(analytics.reactions()) + " reactions   ·   "
                + Formats.count(analytics.chatMessages()) + " chat messages   ·   "
                + Formats.count(analytics.pollResponses()) + " poll responses   ·   "
                + Formats.count(analytics.qaThreads()) + " Q&A threads   ·   "
                + Formats.count(analytics.raisedHands()) + " raised hands   ·   "
                + Formats.count(analytics.attachmentsDownloaded()) + " attachments downloaded");
        LiveViewers viewers = readableSeries(event.id(), null);
        parameters.put("CHART_LINE", LiveViewersChart.describe(viewers, zone, "the event"));
        parameters.put("LIVE_VIEWERS_CHART", chart(viewers, zone, "the event"));
        parameters.put("MOST_ENGAGED", analytics.mostEngaged().isEmpty() ? "Nobody has attended yet."
                : numbered(analytics.mostEngaged().stream().map(person -> person.name() + "   "
                + Formats.score(person.score()) + " · " + person.band().label()).toList()));
        parameters.put("TOP_VIDEOS", analytics.videos().isEmpty() ? "No on-demand content."
                : numbered(analytics.videos().stream().limit(5).map(video -> video.name() + "   "
                + Formats.count(video.uniqueViewers(), "viewer", "viewers") + " · "
                + Formats.percent(video.averageCompletionRate()) + " completion").toList()));
        parameters.put("SESSIONS_LINE", Formats.count(analytics.sessions().size(), "session", "sessions")
                + ", in agenda order");
        Map<UUID, SessionDetails> details = directory.sessions(event.id()).stream()
                .collect(Collectors.toMap(SessionDetails::id, Function.identity()));
        return fill("event", parameters, Rows.of(analytics.sessions())
                .field("name", EventAnalytics.SessionRank::name)
                .field("when", s -> when(details.get(s.sessionId()), zone))
                .field("attendees", s -> Formats.count(s.attendees()))
                .field("minutes", s -> Formats.hoursMinutesSeconds(s.totalSecondsViewed()))
                .field("rate", s -> Formats.percent(s.liveEngagementRate()))
                .field("bar", s -> RateBar.of(s.liveEngagementRate()))
                .field("peak", s -> s.peakAt() == null ? Formats.NONE : Formats.count(s.peakConcurrentViewers()) + " at "
                        + Formats.time(s.peakAt(), zone)));
    }

    /**
     * The live viewers as the PDF charts them: every minute, unless that makes more than two hours of buckets, too thin
     * to read on paper; then every 5 minutes (or 15 beyond eight hours).
     */
    private LiveViewers readableSeries(UUID eventId, UUID sessionId) {
        LiveViewers minutes = dashboards.liveViewers(eventId, sessionId, 1).orElseThrow();
        int buckets = minutes.points().size();
        return buckets <= 120 ? minutes : dashboards.liveViewers(eventId, sessionId, buckets <= 480 ? 5 : 15)
                .orElseThrow();
    }

    /** The chart the pages draw, as SVG that JasperReports renders (through Batik) into the PDF as vector graphics. */
    private static SimpleDataRenderer chart(LiveViewers viewers, ZoneId zone, String subject) {
        return SimpleDataRenderer.getInstance(LiveViewersChart.svg(viewers, zone, subject)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String numbered(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(".  ").append(lines.get(i));
        }
        return text.toString();
    }

    // --- user ------------------------------------------------------------------------------------------------

    /** A user report is small: it is read and filled here, in one snapshot, and only exported when written. */
    @Override
    public Optional<PdfReport> user(UUID eventId, UUID userId) {
        long requested = System.nanoTime();
        return snapshot.execute(transaction -> events.findVisible(eventId).flatMap(event ->
                dashboards.user(eventId, userId).map(user -> {
                    Instant now = clock.instant();
                    JasperPrint print = fillUser(event, user, now);
                    return report("user", requested, fileName(event, "person", user.name(), now), print);
                })));
    }

    private JasperPrint fillUser(VisibleEvent event, UserAnalytics user, Instant now) {
        ZoneId zone = event.timeZone();
        Map<UUID, SessionDetails> sessions = directory.sessions(event.id()).stream()
                .collect(Collectors.toMap(SessionDetails::id, Function.identity()));
        Map<String, Object> parameters = common(event, now, user.dataAsOf());
        parameters.put("USER_NAME", user.name());
        parameters.put("USER_ROLES", user.roles().stream().sorted().map(EventRole::label)
                .collect(Collectors.joining("  ·  ")));
        parameters.put("TITLE", orDash(user.title()));
        parameters.put("COMPANY", orDash(user.company()));
        parameters.put("INDUSTRY", orDash(user.industry()));
        parameters.put("COUNTRY", Formats.country(user.country()));
        parameters.put("TOTAL_VIEWED", Formats.hoursMinutesSeconds(user.totalSecondsViewed()));
        parameters.put("SESSIONS_VIEWED", Formats.count(user.sessionsViewed()));
        parameters.put("AVERAGE_ENGAGEMENT", Formats.percent(user.averageLiveEngagementRate()));
        parameters.put("VIDEOS_VIEWED", Formats.count(user.videosViewed()));
        parameters.put("REACTIONS", Formats.count(user.reactions()));
        parameters.put("CHAT_MESSAGES", Formats.count(user.chatMessages()));
        parameters.put("POLL_RESPONSES", Formats.count(user.pollResponses()));
        parameters.put("QA_THREADS", Formats.count(user.qaThreads()));
        parameters.put("ATTACHMENTS_DOWNLOADED", Formats.count(user.attachmentsDownloaded()));
        parameters.put("LIVE", Formats.minutesSeconds(user.liveSeconds()));
        parameters.put("RECORDINGS", Formats.minutesSeconds(user.recordingSeconds()));
        parameters.put("ON_DEMAND", Formats.minutesSeconds(user.onDemandSeconds()));
        parameters.put("ATTACHMENTS_LINE", Formats.count(user.attachments().size(), "attachment downloaded",
                "attachments downloaded"));
        parameters.put("SESSIONS_LINE", Formats.count(user.sessions().size(), "session attended", "sessions attended"));
        parameters.put("VIDEOS_LINE", Formats.count(user.videosViewed(), "video viewed", "videos viewed"));

        parameters.put("ATTACHMENTS_REPORT", templates.get("user-attachments"));
        parameters.put("ATTACHMENTS", Rows.of(user.attachments())
                .field("name", DownloadedAttachment::name)
                .field("kind", a -> FileKind.of(a.contentType()).name().toLowerCase(Locale.ROOT))
                .field("tag", a -> FileKind.tag(a.name(), a.contentType()))
                .field("source", DownloadedAttachment::sessionName));
        parameters.put("SESSIONS_REPORT", templates.get("user-sessions"));
        parameters.put("SESSIONS", Rows.of(user.sessions())
                .field("name", SessionActivity::name)
                .field("when", s -> when(sessions.get(s.sessionId()), zone))
                // like the screen's Sessions table: minutes with one decimal (callout 19, decision record 20)
                .field("minutes", s -> Formats.decimalMinutes(s.secondsViewed()))
                .field("rate", s -> Formats.percent(s.liveEngagementRate()))
                .field("bar", s -> RateBar.of(s.liveEngagementRate()))
                .field("reactions", s -> Formats.count(s.reactions()))
                .field("raisedHands", s -> Formats.count(s.raisedHands()))
                .field("attachments", s -> s.attachmentsDownloaded() + "/" + s.attachmentsTotal())
                .field("chatMessages", s -> Formats.count(s.chatMessages()))
                .field("pollsAnswered", s -> Formats.count(s.pollsAnswered())));
        parameters.put("VIDEOS_REPORT", templates.get("user-videos"));
        parameters.put("VIDEOS", Rows.of(user.onDemand())
                .field("name", VideoActivity::name)
                .field("minutes", v -> Formats.minutesSeconds(v.secondsViewed()))
                .field("rate", v -> Formats.percent(v.completionRate()))
                .field("bar", v -> RateBar.of(v.completionRate())));
        return fill("user", parameters, new JREmptyDataSource(1));
    }

    // --- session ---------------------------------------------------------------------------------------------

    @Override
    public Optional<PdfReport> session(UUID eventId, UUID sessionId) {
        long requested = System.nanoTime();
        return events.findVisible(eventId).flatMap(event ->
                dashboards.session(eventId, sessionId, PageRequest.page(0, 1, SORT, true)).map(headline -> {
                    Instant now = clock.instant();
                    return large("session", requested, fileName(event, "session", headline.name(), now),
                            virtualizer -> fillSession(event, sessionId, now, virtualizer));
                }));
    }

    private JasperPrint fillSession(VisibleEvent event, UUID sessionId, Instant now, JRVirtualizer virtualizer) {
        SessionAnalytics first = dashboards.session(event.id(), sessionId, PageRequest.page(0, PAGE, SORT, true))
                .orElseThrow(() -> new IllegalStateException("Session " + sessionId + " is no longer visible"));
        Map<String, Object> parameters = common(event, now, first.dataAsOf());
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        parameters.put("SESSION_NAME", first.name());
        parameters.put("SESSION_WHEN", directory.session(event.id(), sessionId).map(s -> when(s, event.timeZone()))
                .orElse(""));
        parameters.put("UNIQUE_VIEWERS", Formats.count(first.uniqueViewers()));
        parameters.put("TOTAL_MINUTES", Formats.hoursMinutesSeconds(first.totalSecondsViewed()));
        parameters.put("AVERAGE_MINUTES", Formats.minutesSeconds(Math.round(first.averageSecondsViewed())));
        parameters.put("ENGAGEMENT", Formats.percent(first.liveEngagementRate()));
        parameters.put("ENGAGEMENT_BAR", RateBar.of(first.liveEngagementRate()));
        parameters.put("REACTIONS", Formats.count(first.reactions()));
        parameters.put("CHAT_MESSAGES", Formats.count(first.chatMessages()));
        parameters.put("POLLS_ANSWERED", Formats.count(first.pollsAnswered()));
        parameters.put("ATTENDEES", Formats.count(first.totalAttendees()));
        parameters.put("HAS_ATTENDEES", first.totalAttendees() > 0);
        parameters.put("QA_THREADS", Formats.count(first.qaThreads()));
        parameters.put("ATTACHMENTS", first.attachmentsDownloaded() + "/" + first.attachmentsTotal());
        parameters.put("RAISED_HANDS", Formats.count(first.raisedHands()));
        parameters.put("ATTENDEES_LINE", Formats.count(first.totalAttendees(), "attendee", "attendees")
                + ", by minutes viewed");
        LiveViewers viewers = readableSeries(event.id(), sessionId);
        parameters.put("PEAK", first.peakAt() == null ? LiveViewersChart.describe(viewers, event.timeZone(), first.name())
                : "Peak: " + Formats.count(first.peakConcurrentViewers(), "live viewer", "live viewers") + " at "
                + Formats.time(first.peakAt(), event.timeZone()) + " (" + Formats.zone(event.timeZone(), first.peakAt())
                + ")");
        parameters.put("LIVE_VIEWERS_CHART", chart(viewers, event.timeZone(), first.name()));
        Rows<SessionAnalytics.Attendee> attendees = Rows.paged(page -> page == 0 ? first.attendees()
                : dashboards.session(event.id(), sessionId, PageRequest.page(page, PAGE, SORT, true))
                        .map(SessionAnalytics::attendees).orElse(List.of()), PAGE);
        attendees.field("name", SessionAnalytics.Attendee::name)
                .field("details", a -> titleAndCompany(a.title(), a.company()))
                .field("minutes", a -> Formats.minutesSeconds(a.secondsViewed()))
                .field("reactions", a -> Formats.count(a.reactions()))
                .field("chatMessages", a -> Formats.count(a.chatMessages()))
                .field("pollsAnswered", a -> Formats.count(a.pollsAnswered()))
                .field("rate", a -> Formats.percent(a.liveEngagementRate()))
                .field("bar", a -> RateBar.of(a.liveEngagementRate()));
        return fill("session", parameters, attendees);
    }

    // --- video -----------------------------------------------------------------------------------------------

    @Override
    public Optional<PdfReport> video(UUID eventId, UUID contentId) {
        long requested = System.nanoTime();
        return events.findVisible(eventId).flatMap(event ->
                dashboards.video(eventId, contentId, PageRequest.page(0, 1, SORT, true)).map(headline -> {
                    Instant now = clock.instant();
                    return large("video", requested, fileName(event, "video", headline.name(), now),
                            virtualizer -> fillVideo(event, contentId, now, virtualizer));
                }));
    }

    private JasperPrint fillVideo(VisibleEvent event, UUID contentId, Instant now, JRVirtualizer virtualizer) {
        VideoAnalytics first = dashboards.video(event.id(), contentId, PageRequest.page(0, PAGE, SORT, true))
                .orElseThrow(() -> new IllegalStateException("Video " + contentId + " is no longer visible"));
        Map<String, Object> parameters = common(event, now, first.dataAsOf());
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        parameters.put("VIDEO_NAME", first.name());
        parameters.put("VIEWERS", Formats.count(first.uniqueViewers()));
        parameters.put("MINUTES", Formats.hoursMinutesSeconds(first.totalSecondsViewed()));
        parameters.put("AVERAGE_COMPLETION", Formats.percent(first.averageCompletionRate()));
        parameters.put("AVERAGE_COMPLETION_BAR", RateBar.of(first.averageCompletionRate()));
        parameters.put("DURATION", Formats.minutesSeconds(first.durationSeconds()));
        parameters.put("VIEWERS_LINE", Formats.count(first.totalViewers(), "viewer", "viewers") + ", by minutes viewed");
        Rows<VideoAnalytics.Viewer> viewers = Rows.paged(page -> page == 0 ? first.viewers()
                : dashboards.video(event.id(), contentId, PageRequest.page(page, PAGE, SORT, true))
                        .map(VideoAnalytics::viewers).orElse(List.of()), PAGE);
        viewers.field("name", VideoAnalytics.Viewer::name)
                .field("details", v -> titleAndCompany(v.title(), v.company()))
                .field("minutes", v -> Formats.minutesSeconds(v.secondsViewed()))
                .field("rate", v -> Formats.percent(v.completionRate()))
                .field("bar", v -> RateBar.of(v.completionRate()));
        return fill("video", parameters, viewers);
    }

    // --- filling and exporting -------------------------------------------------------------------------------

    /** The header and footer every report shares: the event, when the report was made, how fresh its data is. */
    private Map<String, Object> common(VisibleEvent event, Instant now, Instant dataAsOf) {
        ZoneId zone = event.timeZone();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, LOCALE);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(zone));
        parameters.put("EVENT_NAME", event.name());
        parameters.put("EVENT_DATES", eventDates(event));
        parameters.put("GENERATED", "Generated " + Formats.asOf(now, zone));
        parameters.put("DATA_AS_OF", dataAsOf == null ? "No interactions received yet"
                : "Data as of " + Formats.asOf(dataAsOf, zone));
        return parameters;
    }

    private JasperPrint fill(String template, Map<String, Object> parameters, JRDataSource rows) {
        try {
            return JasperFillManager.fillReport(templates.get(template), parameters, rows);
        } catch (JRException e) {
            throw new IllegalStateException("The " + template + " report cannot be filled", e);
        }
    }

    /** A report filled already, exported when written. */
    private PdfReport report(String kind, long requested, String fileName, JasperPrint print) {
        return new PdfReport() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                export(print, out);
                rendered(kind, requested);
            }
        };
    }

    /** A report filled only when written, in one snapshot, its filled pages swapped to a temporary file. */
    private PdfReport large(String kind, long requested, String fileName, Function<JRVirtualizer, JasperPrint> filler) {
        return new PdfReport() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                        new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 64), true);
                try {
                    JasperPrint print = snapshot.execute(transaction -> filler.apply(virtualizer));
                    virtualizer.setReadOnly(true);
                    export(print, out);
                    rendered(kind, requested);
                } finally {
                    virtualizer.cleanup();
                }
            }
        };
    }

    private void rendered(String kind, long requested) {
        metrics.reportRendered(kind, Duration.ofNanos(System.nanoTime() - requested));
    }

    private static void export(JasperPrint print, OutputStream out) throws IOException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(switch (print.getName()) {
            case "event" -> "Event analytics report";
            case "user" -> "User analytics report";
            case "session" -> "Session analytics report";
            default -> "VOD analytics report";
        });
        configuration.setMetadataAuthor("Eventlens");
        configuration.setMetadataCreator("Eventlens");
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("The PDF cannot be written", e);
        }
    }

    // --- texts -----------------------------------------------------------------------------------------------

    /** "Feb 2, 2022 · 10:00 AM - 4:30 PM · EST (GMT-5)", or both dates when the event spans several days. */
    static String eventDates(VisibleEvent event) {
        ZoneId zone = event.timeZone();
        String zoneName = Formats.zone(zone, event.startsAt());
        if (event.startsAt().atZone(zone).toLocalDate().equals(event.endsAt().atZone(zone).toLocalDate())) {
            return Formats.longDate(event.startsAt(), zone) + "  ·  "
                    + Formats.timeRange(event.startsAt(), event.endsAt(), zone) + "  ·  " + zoneName;
        }
        return Formats.dateTime(event.startsAt(), zone) + " – " + Formats.dateTime(event.endsAt(), zone) + "  ·  "
                + zoneName;
    }

    /** "Live webcast · Wed, February 02 · 10:00 AM - 10:30 AM". */
    private static String when(SessionDetails session, ZoneId zone) {
        if (session == null) {
            return "";
        }
        return session.type().label() + "  ·  " + Formats.day(session.startsAt(), zone) + "  ·  "
                + Formats.timeRange(session.startsAt(), session.endsAt(), zone);
    }

    private static String titleAndCompany(String title, String company) {
        if (title == null || title.isBlank()) {
            return company == null ? "" : company;
        }
        return company == null || company.isBlank() ? title : title + ", " + company;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? Formats.NONE : value;
    }


    /** {@code eventlens-<event>-<subject>-<date>.pdf} ({@link FileNames}). */
    static String fileName(VisibleEvent event, String kind, String subject, Instant now) {
        return FileNames.of(event.name(), subject, kind, now, event.timeZone(), "pdf");
    }
}
