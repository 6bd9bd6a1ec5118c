package com.eventlens.analytics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
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
import com.eventlens.people.EventAccess;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.shared.csv.CsvExport;
import com.eventlens.shared.format.FileNames;
import com.eventlens.shared.format.Formats;

/**
 * The analytics tables as CSV, read through {@link Dashboards} (which checks who may see what): every row, fetched
 * page by page in the order shown on screen, rates with full precision, minutes with one decimal beside the exact
 * seconds, people with their title, company and e-mail address; named for the event, what they hold and the day.
 */
@Service
class AnalyticsCsv implements CsvExports {

    private final Dashboards dashboards;
    private final EventAccess events;
    private final PeopleDirectory people;
    private final Clock clock;

    AnalyticsCsv(Dashboards dashboards, EventAccess events, PeopleDirectory people, Clock clock) {
        this.dashboards = dashboards;
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public Optional<CsvFile> sessionAttendees(UUID eventId, UUID sessionId, String sort, boolean descending) {
        return dashboards.session(eventId, sessionId, PageRequest.page(0, 1, sort, descending)).flatMap(session ->
                paged(eventId, session.name() + " attendees", "session",
                        page -> dashboards.session(eventId, sessionId, page).map(SessionAnalytics::attendees),
                        sort, descending, SessionAnalytics.Attendee::userId,
                        List.of("name", "title", "company", "email", "seconds_viewed", "minutes_viewed", "reactions",
                                "chat_messages", "polls_answered", "live_engagement_rate"),
                        (a, email) -> new Object[] {a.name(), a.title(), a.company(), email, a.secondsViewed(),
                                minutes(a.secondsViewed()), a.reactions(), a.chatMessages(), a.pollsAnswered(),
                                a.liveEngagementRate()}));
    }

    @Override
    public Optional<CsvFile> videoViewers(UUID eventId, UUID contentId, String sort, boolean descending) {
        return dashboards.video(eventId, contentId, PageRequest.page(0, 1, sort, descending)).flatMap(video ->
                paged(eventId, video.name() + " viewers", "video",
                        page -> dashboards.video(eventId, contentId, page).map(VideoAnalytics::viewers),
                        sort, descending, VideoAnalytics.Viewer::userId,
                        List.of("name", "title", "company", "email", "seconds_viewed", "minutes_viewed",
                                "completion_rate"),
                        (v, email) -> new Object[] {v.name(), v.title(), v.company(), email, v.secondsViewed(),
                                minutes(v.secondsViewed()), v.completionRate()}));
    }

    /**
     * A table of people written page by page as its file is downloaded, each row with the person's e-mail address
     * (a removed person has none); no file when the event is not there (unknown, or not visible to the account).
     */
    private <T> Optional<CsvFile> paged(UUID eventId, String subject, String kind,
                                        Function<PageRequest, Optional<List<T>>> pages, String sort,
                                        boolean descending, Function<T, UUID> person, List<String> header,
                                        BiFunction<T, String, Object[]> cells) {
        return file(eventId, subject, kind, out -> {
            CsvExport csv = CsvExport.start(out, header.toArray(String[]::new));
            for (List<T> rows : all(pages, sort, descending)) {
                Map<UUID, Registration> registered = people.findAll(eventId, rows.stream().map(person).toList());
                for (T row : rows) {
                    Registration found = registered.get(person.apply(row));
                    csv.row(cells.apply(row, found == null ? null : found.email()));
                }
            }
            csv.flush();
        });
    }

    /** A file named for the event, what it holds and today, in the event's time zone. */
    private Optional<CsvFile> file(UUID eventId, String subject, String kind, Rows rows) {
        return events.findVisible(eventId).map(event -> new Export(
                FileNames.of(event.name(), subject, kind, clock.instant(), event.timeZone(), "csv"), rows));
    }

    @Override
    public Optional<CsvFile> eventSessions(UUID eventId) {
        return dashboards.event(eventId).flatMap(event -> file(eventId, "sessions ranked", "sessions", out -> {
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
        return dashboards.breakdown(eventId, by).flatMap(breakdown -> file(eventId,
                "attendees by " + by.key(), "breakdown", out -> {
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
     * The pages of a table in the order asked for, fetched lazily, until one is not full (or the
     * table is gone: access withdrawn or the subject removed while the file is written).
     */
    private static <T> Iterable<List<T>> all(Function<PageRequest, Optional<List<T>>> fetch, String sort,
                                             boolean descending) {
        return () -> new Iterator<>() {
            private int page;
            private List<T> last;

            @Override
            public boolean hasNext() {
                return last == null || last.size() == PageRequest.MAX_SIZE;
            }

            @Override
            public List<T> next() {
                last = fetch.apply(PageRequest.page(page++, PageRequest.MAX_SIZE, sort, descending))
                        .orElse(List.of());
                return last;
            }
        };
    }

    private static String minutes(long seconds) {
        return Formats.decimalMinutes(seconds);
    }
}
