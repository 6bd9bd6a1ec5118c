package com.eventlens.analytics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import com.eventlens.analytics.Breakdown;
import com.eventlens.analytics.CsvExports;
import com.eventlens.analytics.CsvFile;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.EventAnalytics;
import com.eventlens.analytics.PageRequest;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.shared.csv.CsvExport;

/**
 * The analytics tables as CSV, read through {@link Dashboards} (which checks who may see what): every row, fetched
 * page by page in the table's order, rates with full precision, minutes with one decimal beside the exact seconds.
 */
@Service
class AnalyticsCsv implements CsvExports {

    private static final String ORDER = "secondsViewed";

    private final Dashboards dashboards;

    AnalyticsCsv(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public Optional<CsvFile> sessionAttendees(UUID eventId, UUID sessionId) {
        return paged("eventlens-session-" + sessionId + "-attendees.csv",
                page -> dashboards.session(eventId, sessionId, page).map(SessionAnalytics::attendees),
                List.of("name", "title", "company", "seconds_viewed", "minutes_viewed", "reactions", "chat_messages",
                        "polls_answered", "live_engagement_rate"),
                a -> new Object[] {a.name(), a.title(), a.company(), a.secondsViewed(), minutes(a.secondsViewed()),
                        a.reactions(), a.chatMessages(), a.pollsAnswered(), a.liveEngagementRate()});
    }

    @Override
    public Optional<CsvFile> videoViewers(UUID eventId, UUID contentId) {
        return paged("eventlens-video-" + contentId + "-viewers.csv",
                page -> dashboards.video(eventId, contentId, page).map(VideoAnalytics::viewers),
                List.of("name", "seconds_viewed", "minutes_viewed", "completion_rate"),
                v -> new Object[] {v.name(), v.secondsViewed(), minutes(v.secondsViewed()), v.completionRate()});
    }

    /**
     * A table written page by page as its file is downloaded; no file when the table is not there (unknown, or not
     * visible to the account).
     */
    private static <T> Optional<CsvFile> paged(String fileName, Function<PageRequest, Optional<List<T>>> pages,
                                               List<String> header, Function<T, Object[]> cells) {
        return pages.apply(PageRequest.page(0, 1, ORDER, true)).map(shown -> new Export(fileName, out -> {
            CsvExport csv = CsvExport.start(out, header.toArray(String[]::new));
            for (List<T> rows : all(pages)) {
                for (T row : rows) {
                    csv.row(cells.apply(row));
                }
            }
            csv.flush();
        }));
    }

    @Override
    public Optional<CsvFile> eventSessions(UUID eventId) {
        return dashboards.event(eventId).map(event -> new Export("eventlens-event-sessions.csv", out -> {
            CsvExport csv = CsvExport.start(out, "session", "starts_at", "attendees", "unique_viewers",
                    "seconds_viewed", "minutes_viewed", "live_engagement_rate", "peak_concurrent_viewers", "peak_at");
            csv.row("(whole event)", null, event.attendees(), null, event.totalSecondsViewed(),
                    minutes(event.totalSecondsViewed()), event.liveEngagementRate(), event.peakConcurrentViewers(),
                    event.peakAt());
            for (EventAnalytics.SessionRank s : event.sessions()) {
                csv.row(s.name(), s.startsAt(), s.attendees(), s.uniqueViewers(), s.totalSecondsViewed(),
                        minutes(s.totalSecondsViewed()), s.liveEngagementRate(), s.peakConcurrentViewers(),
                        s.peakAt());
            }
            csv.flush();
        }));
    }

    @Override
    public Optional<CsvFile> breakdown(UUID eventId, Breakdown.By by) {
        return dashboards.breakdown(eventId, by).map(breakdown -> new Export(
                "eventlens-breakdown-by-" + by.key() + ".csv", out -> {
                    CsvExport csv = CsvExport.start(out, by.key(), "attendees", "seconds_viewed", "minutes_viewed",
                            "live_engagement_rate", "average_engagement_score");
                    for (Breakdown.Row row : breakdown.rows()) {
                        csv.row(row.value(), row.attendees(), row.totalSecondsViewed(),
                                minutes(row.totalSecondsViewed()), row.liveEngagementRate(),
                                row.averageEngagementScore());
                    }
                    csv.flush();
                }));
    }

    /** What writes the rows (the stream may fail). */
    private interface Rows {
        void writeTo(OutputStream out) throws IOException;
    }

    private record Export(String fileName, Rows rows) implements CsvFile {

        @Override
        public void writeTo(OutputStream out) throws IOException {
            rows.writeTo(out);
        }
    }

    /**
     * The pages of a table sorted by seconds viewed (most first), fetched lazily, until one is not full (or the
     * table is gone: access withdrawn or the subject removed while the file is written).
     */
    private static <T> Iterable<List<T>> all(Function<PageRequest, Optional<List<T>>> fetch) {
        return () -> new Iterator<>() {
            private int page;
            private List<T> last;

            @Override
            public boolean hasNext() {
                return last == null || last.size() == PageRequest.MAX_SIZE;
            }

            @Override
            public List<T> next() {
                last = fetch.apply(PageRequest.page(page++, PageRequest.MAX_SIZE, ORDER, true)).orElse(List.of());
                return last;
            }
        };
    }

    private static String minutes(long seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds / 60.0);
    }
}
