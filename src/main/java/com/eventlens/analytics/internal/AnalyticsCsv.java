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

import com.eventlens.analytics.CsvExports;
import com.eventlens.analytics.CsvFile;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.PageRequest;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.analytics.SessionAnalytics.Attendee;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.analytics.VideoAnalytics.Viewer;
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
        Function<PageRequest, Optional<List<Attendee>>> pages = page -> dashboards.session(eventId, sessionId, page)
                .map(SessionAnalytics::attendees);
        return pages.apply(PageRequest.page(0, 1, ORDER, true)).map(shown -> new Export(
                "eventlens-session-" + sessionId + "-attendees.csv", out -> {
                    CsvExport csv = CsvExport.start(out, "name", "title", "company", "seconds_viewed",
                            "minutes_viewed", "reactions", "chat_messages", "polls_answered", "live_engagement_rate");
                    for (List<Attendee> rows : all(pages)) {
                        for (Attendee a : rows) {
                            csv.row(a.name(), a.title(), a.company(), a.secondsViewed(), minutes(a.secondsViewed()),
                                    a.reactions(), a.chatMessages(), a.pollsAnswered(), a.liveEngagementRate());
                        }
                    }
                    csv.flush();
                }));
    }

    @Override
    public Optional<CsvFile> videoViewers(UUID eventId, UUID contentId) {
        Function<PageRequest, Optional<List<Viewer>>> pages = page -> dashboards.video(eventId, contentId, page)
                .map(VideoAnalytics::viewers);
        return pages.apply(PageRequest.page(0, 1, ORDER, true)).map(shown -> new Export(
                "eventlens-video-" + contentId + "-viewers.csv", out -> {
                    CsvExport csv = CsvExport.start(out, "name", "seconds_viewed", "minutes_viewed",
                            "completion_rate");
                    for (List<Viewer> rows : all(pages)) {
                        for (Viewer v : rows) {
                            csv.row(v.name(), v.secondsViewed(), minutes(v.secondsViewed()), v.completionRate());
                        }
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
