package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.RecordedInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * The concurrent live viewers of an event and its sessions (SPEC.md §3), a fold step of its own: it reads and writes
 * only {@code live_presence} and {@code live_viewers}, so it may run anywhere in the fold.
 *
 * <p>A person's live minutes of one UTC hour are a 60-bit mask ({@code live_presence}). The fold makes the batch's
 * masks in memory, one per (session, hour, person) and one per (event, hour, person), reads the stored ones by key,
 * ORs them together, and for every bucket of 1, 5, 15 and 60 minutes of that hour whose bits were all clear before
 * and are not now, counts the person as a new viewer of the bucket ({@code live_viewers} + 1): exact distinct counts
 * whatever order beacons arrive in, with the bit work in Java and two upserts of changed rows only. The same person
 * in two sessions in one minute has a mask in each session and one for the event, where the minute counts once. A
 * rebuild does the same in one statement over every stored beacon.
 */
@Component
@Order(6)
class LiveViewersFold implements FoldStep {

    /** The scope of the event-wide series in {@code live_presence} and {@code live_viewers}: any session. */
    static final UUID WHOLE_EVENT = new UUID(0, 0);

    private final JdbcClient jdbc;

    LiveViewersFold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record PersonHour(UUID scope, long hour, UUID userId) {
    }

    private record Bucket(UUID scope, int minutes, long start) {
    }

    /** The sizes of SPEC.md §3's buckets, in minutes: each divides the hour. */
    private static final int[] SIZES = {1, 5, 15, 60};

    @Override
    public void fold(UUID eventId, FoldBatch batch) {
        Map<PersonHour, Long> minutes = new HashMap<>();
        for (RecordedInteraction row : batch.interactions()) {
            if (row.type() == InteractionType.VIEW && row.mode() == ViewMode.LIVE) {
                long second = row.occurredAt().getEpochSecond();
                long hour = Math.floorDiv(second, 3600) * 3600; // the UTC hour, also before 1970
                long minute = 1L << ((second - hour) / 60);
                minutes.merge(new PersonHour(row.sessionId(), hour, row.userId()), minute, (a, b) -> a | b);
                minutes.merge(new PersonHour(WHOLE_EVENT, hour, row.userId()), minute, (a, b) -> a | b);
            }
        }
        if (minutes.isEmpty()) {
            return;
        }
        Map<PersonHour, Long> before = stored(eventId, minutes.keySet());
        List<PersonHour> changed = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        Map<Bucket, Integer> newViewers = new HashMap<>();
        minutes.forEach((key, added) -> {
            long was = before.getOrDefault(key, 0L);
            long now = was | added;
            if (now == was) {
                return; // no minute new to this person
            }
            changed.add(key);
            after.add(now);
            for (int size : SIZES) {
                long mask = size == 60 ? -1L >>> 4 : (1L << size) - 1; // the bucket's minutes, at minute 0
                for (int first = 0; first < 60; first += size) {
                    if ((now & mask << first) != 0 && (was & mask << first) == 0) {
                        newViewers.merge(new Bucket(key.scope(), size, key.hour() + first * 60L), 1, Integer::sum);
                    }
                }
            }
        });
        jdbc.sql("""
                        insert into live_presence (event_id, session_id, hour, user_id, minutes)
                        select :eventId, s, to_timestamp(h), u, m
                        from unnest(:scopes::uuid[], :hours::int8[], :users::uuid[], :minutes::int8[]) as p(s, h, u, m)
                        on conflict (event_id, session_id, hour, user_id) do update set minutes = excluded.minutes""")
                .param("eventId", eventId)
                .param("scopes", changed.stream().map(PersonHour::scope).toArray(UUID[]::new))
                .param("hours", changed.stream().mapToLong(PersonHour::hour).toArray())
                .param("users", changed.stream().map(PersonHour::userId).toArray(UUID[]::new))
                .param("minutes", after.stream().mapToLong(Long::longValue).toArray())
                .update();
        List<Bucket> buckets = List.copyOf(newViewers.keySet());
        jdbc.sql("""
                        insert into live_viewers (event_id, session_id, bucket_minutes, bucket, viewers)
                        select :eventId, s, m, to_timestamp(b), v
                        from unnest(:scopes::uuid[], :sizes::int2[], :starts::int8[], :viewers::int4[]) as n(s, m, b, v)
                        on conflict (event_id, session_id, bucket_minutes, bucket)
                            do update set viewers = live_viewers.viewers + excluded.viewers""")
                .param("eventId", eventId)
                .param("scopes", buckets.stream().map(Bucket::scope).toArray(UUID[]::new))
                .param("sizes", buckets.stream().mapToInt(Bucket::minutes).toArray())
                .param("starts", buckets.stream().mapToLong(Bucket::start).toArray())
                .param("viewers", buckets.stream().mapToInt(newViewers::get).toArray())
                .update();
    }

    /** The stored masks of these (scope, hour, person), by primary key; a missing one has no minute yet. */
    private Map<PersonHour, Long> stored(UUID eventId, Collection<PersonHour> keys) {
        List<PersonHour> list = List.copyOf(keys);
        Map<PersonHour, Long> stored = new HashMap<>();
        jdbc.sql("""
                        select p.session_id, extract(epoch from p.hour)::int8, p.user_id, p.minutes
                        from unnest(:scopes::uuid[], :hours::int8[], :users::uuid[]) as k(s, h, u)
                        join live_presence p
                            on p.event_id = :eventId and p.session_id = k.s and p.hour = to_timestamp(k.h)
                            and p.user_id = k.u""")
                .param("eventId", eventId)
                .param("scopes", list.stream().map(PersonHour::scope).toArray(UUID[]::new))
                .param("hours", list.stream().mapToLong(PersonHour::hour).toArray())
                .param("users", list.stream().map(PersonHour::userId).toArray(UUID[]::new))
                .query(rs -> {
                    stored.put(new PersonHour(rs.getObject(1, UUID.class), rs.getLong(2), rs.getObject(3, UUID.class)),
                            rs.getLong(4));
                });
        return stored;
    }

    @Override
    public void rebuild(UUID eventId) {
        jdbc.sql(STORED + MERGE).param("eventId", eventId).param("wholeEvent", WHOLE_EVENT).update();
    }

    @Override
    public List<String> tables() {
        return List.of("live_presence", "live_viewers");
    }

    /**
     * The same masks from every stored live beacon of the event. Hours are cut with {@code date_bin} from a UTC origin,
     * never {@code date_trunc}, which would follow the session's time zone (an offset of 5:30 would move every minute).
     */
    private static final String STORED = """
            with beacons as (
                select session_id, user_id, date_bin('1 hour', occurred_at, timestamptz '2000-01-01 00:00:00+00') as hour,
                       occurred_at
                from recorded_interaction where event_id = :eventId and mode = 'LIVE'),
            sessions as (
                select session_id, hour, user_id,
                       bit_or(1::bigint << floor(extract(epoch from occurred_at - hour) / 60)::int) as minutes
                from beacons group by session_id, hour, user_id),
            """;

    /**
     * The masks ORed into the stored ones, and every bucket new to a person counted. {@code buckets} lists every bucket
     * of an hour: its size, its first minute and the mask of its minutes (77 of them: 60 + 12 + 4 + 1).
     */
    private static final String MERGE = """
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
