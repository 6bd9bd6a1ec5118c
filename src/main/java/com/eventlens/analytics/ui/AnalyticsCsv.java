package com.eventlens.analytics.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import com.eventlens.analytics.Breakdown;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.EventAnalytics;
import com.eventlens.analytics.PageRequest;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.analytics.SessionAnalytics.Attendee;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.analytics.VideoAnalytics.Viewer;
import com.eventlens.shared.csv.CsvExport;

/**
 * The analytics tables as CSV ("Export CSV" of Session and VOD analytics): every row, fetched page by page in the
 * table's order, rates with full precision, minutes with one decimal beside the exact seconds.
 */
final class AnalyticsCsv {

    private AnalyticsCsv() {
    }

    static void sessionAttendees(Dashboards dashboards, UUID eventId, UUID sessionId, OutputStream out)
            throws IOException {
        CsvExport csv = CsvExport.start(out, "name", "title", "company", "seconds_viewed", "minutes_viewed",
                "reactions", "chat_messages", "polls_answered", "live_engagement_rate");
        for (List<Attendee> rows : pages(page -> dashboards.session(eventId, sessionId, page)
                .map(SessionAnalytics::attendees).orElse(List.of()))) {
            for (Attendee a : rows) {
                csv.row(a.name(), a.title(), a.company(), a.secondsViewed(), minutes(a.secondsViewed()),
                        a.reactions(), a.chatMessages(), a.pollsAnswered(), a.liveEngagementRate());
            }
        }
        csv.flush();
    }

    /** The Event analytics page's sessions, as ranked on it, with the event's own figures in a first row. */
    static void eventSessions(EventAnalytics event, OutputStream out) throws IOException {
        CsvExport csv = CsvExport.start(out, "session", "starts_at", "attendees", "unique_viewers", "seconds_viewed",
                "minutes_viewed", "live_engagement_rate", "peak_concurrent_viewers", "peak_at");
        csv.row("(whole event)", null, event.attendees(), null, event.totalSecondsViewed(),
                minutes(event.totalSecondsViewed()), event.liveEngagementRate(), event.peakConcurrentViewers(),
                event.peakAt());
        for (EventAnalytics.SessionRank s : event.sessions()) {
            csv.row(s.name(), s.startsAt(), s.attendees(), s.uniqueViewers(), s.totalSecondsViewed(),
                    minutes(s.totalSecondsViewed()), s.liveEngagementRate(), s.peakConcurrentViewers(), s.peakAt());
        }
        csv.flush();
    }

    /** A breakdown of the attendees; "no value" is an empty cell. */
    static void breakdown(Breakdown breakdown, OutputStream out) throws IOException {
        CsvExport csv = CsvExport.start(out, breakdown.by().key(), "attendees", "seconds_viewed", "minutes_viewed",
                "live_engagement_rate", "average_engagement_score");
        for (Breakdown.Row row : breakdown.rows()) {
            csv.row(row.value(), row.attendees(), row.totalSecondsViewed(), minutes(row.totalSecondsViewed()),
                    row.liveEngagementRate(), row.averageEngagementScore());
        }
        csv.flush();
    }

    static void videoViewers(Dashboards dashboards, UUID eventId, UUID videoId, OutputStream out) throws IOException {
        CsvExport csv = CsvExport.start(out, "name", "seconds_viewed", "minutes_viewed", "completion_rate");
        for (List<Viewer> rows : pages(page -> dashboards.video(eventId, videoId, page)
                .map(VideoAnalytics::viewers).orElse(List.of()))) {
            for (Viewer v : rows) {
                csv.row(v.name(), v.secondsViewed(), minutes(v.secondsViewed()), v.completionRate());
            }
        }
        csv.flush();
    }

    /** The pages of a table sorted by seconds viewed (most first), fetched lazily, until one is not full. */
    private static <T> Iterable<List<T>> pages(Function<PageRequest, List<T>> fetch) {
        return () -> new Iterator<>() {
            private int page;
            private List<T> last;

            @Override
            public boolean hasNext() {
                return last == null || last.size() == PageRequest.MAX_SIZE;
            }

            @Override
            public List<T> next() {
                last = fetch.apply(PageRequest.page(page++, PageRequest.MAX_SIZE, "secondsViewed", true));
                return last;
            }
        };
    }

    private static String minutes(long seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds / 60.0);
    }
}
