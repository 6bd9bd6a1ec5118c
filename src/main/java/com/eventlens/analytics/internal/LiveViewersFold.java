package com.eventlens.analytics.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Given the new interactions of a fold, updates the concurrent live viewers of their event and sessions (SPEC.md §3):
 * one set-based statement over the fold's live beacons, exact whatever order they arrive in, and independent of the
 * other fold statements (it reads and writes only {@code live_presence} and {@code live_viewers}).
 *
 * <p>A person's live minutes of one UTC hour are a 60-bit mask ({@code live_presence}); the fold ORs in the minutes of
 * its beacons, and for every bucket of 1, 5, 15 and 60 minutes of that hour whose bits were all clear before and are
 * not now, the person is a new viewer of the bucket ({@code live_viewers} + 1). The same person in two sessions in one
 * minute has a mask in each session and one for the event, where the minute counts once.
 */
@Repository
class LiveViewersFold {

    /** The scope of the event-wide series in {@code live_presence} and {@code live_viewers}: any session. */
    static final UUID WHOLE_EVENT = new UUID(0, 0);

    private final JdbcClient jdbc;

    LiveViewersFold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void fold(UUID eventId, Rollups.Source source, UUID[] batchIds) {
        source.statement(jdbc, FOLD, eventId, batchIds).param("wholeEvent", WHOLE_EVENT).update();
    }

    void delete(UUID eventId) {
        for (String table : List.of("live_presence", "live_viewers")) {
            jdbc.sql("delete from " + table + " where event_id = ?").param(eventId).update();
        }
    }

    /**
     * Hours are cut with {@code date_bin} from a UTC origin, never {@code date_trunc}, which would follow the session's
     * time zone (an offset of 5:30 would move every minute). {@code buckets} lists every bucket of an hour: its size,
     * its first minute and the mask of its minutes (77 of them: 60 + 12 + 4 + 1).
     */
    private static final String FOLD = """
            with beacons as (
                select session_id, user_id, date_bin('1 hour', occurred_at, timestamptz '2000-01-01 00:00:00+00') as hour,
                       occurred_at
                from recorded_interaction where $SOURCE and mode = 'LIVE'),
            sessions as (
                select session_id, hour, user_id,
                       bit_or(1::bigint << floor(extract(epoch from occurred_at - hour) / 60)::int) as minutes
                from beacons group by session_id, hour, user_id),
            scoped as (
                select session_id, hour, user_id, minutes from sessions
                union all
                select :wholeEvent, hour, user_id, bit_or(minutes) from sessions group by hour, user_id),
            prior as (
                select p.session_id, p.hour, p.user_id, p.minutes
                from live_presence p
                join scoped s on s.session_id = p.session_id and s.hour = p.hour and s.user_id = p.user_id
                where p.event_id = :eventId),
            merged as (
                select s.session_id, s.hour, s.user_id, coalesce(p.minutes, 0) as before,
                       coalesce(p.minutes, 0) | s.minutes as after
                from scoped s
                left join prior p on p.session_id = s.session_id and p.hour = s.hour and p.user_id = s.user_id),
            presence as (
                insert into live_presence (event_id, session_id, hour, user_id, minutes)
                select :eventId, session_id, hour, user_id, after from merged where after <> before
                on conflict (event_id, session_id, hour, user_id) do update set minutes = excluded.minutes),
            buckets as (
                select size, first_minute, ((1::bigint << size) - 1) << first_minute as mask
                from (values (1), (5), (15), (60)) as sizes (size),
                     lateral (select generate_series(0, 59, size) as first_minute) as firsts)
            insert into live_viewers (event_id, session_id, bucket_minutes, bucket, viewers)
            select :eventId, m.session_id, b.size, m.hour + make_interval(mins => b.first_minute), count(*)
            from merged m
            join buckets b on (m.after & b.mask) <> 0 and (m.before & b.mask) = 0
            group by m.session_id, b.size, m.hour, b.first_minute
            on conflict (event_id, session_id, bucket_minutes, bucket)
                do update set viewers = live_viewers.viewers + excluded.viewers""";
}
