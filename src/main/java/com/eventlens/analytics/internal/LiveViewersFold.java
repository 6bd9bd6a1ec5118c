package com.eventlens.analytics.internal;

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
 * <p>A person's live minutes of one session and one UTC hour are a 60-bit mask ({@code live_presence}). The fold makes
 * the batch's masks in memory and ORs them into the stored ones with one upsert, which leaves alone the rows whose
 * minutes do not change and returns each changed row's mask before and after. Their minutes of the whole event in that
 * hour are the OR of all their sessions' masks, read in the same statement (the person's rows of the hour are
 * neighbours in the primary key) as they were before it, and ORed with the batch's: the event needs no rows of its own.
 * For every bucket of 1, 5, 15 and 60 minutes of that hour whose bits were all clear before and are not now, the person
 * is a new viewer of the bucket ({@code live_viewers} + 1, a second upsert): exact distinct counts whatever order
 * beacons arrive in, with nothing else read back, and a person in two sessions in one minute counts once for the event.
 * A rebuild takes the masks of every stored beacon through the same statement and counts the buckets in SQL.
 */
@Component
@Order(5)
class LiveViewersFold implements FoldStep {

    /** The scope of the event-wide series in {@code live_viewers}: any session. */
    static final UUID WHOLE_EVENT = new UUID(0, 0);

    private final JdbcClient jdbc;

    LiveViewersFold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record PersonHour(UUID sessionId, long hour, UUID userId) {
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
            }
        }
        if (minutes.isEmpty()) {
            return;
        }
        List<PersonHour> keys = List.copyOf(minutes.keySet());
        Map<Bucket, Integer> newViewers = new HashMap<>();
        jdbc.sql(BATCH + PRESENCE + """
                        select scope, extract(epoch from hour)::int8 as hour, after, before from changed""")
                .param("eventId", eventId)
                .param("wholeEvent", WHOLE_EVENT)
                .param("sessions", keys.stream().map(PersonHour::sessionId).toArray(UUID[]::new))
                .param("hours", keys.stream().mapToLong(PersonHour::hour).toArray())
                .param("users", keys.stream().map(PersonHour::userId).toArray(UUID[]::new))
                .param("minutes", keys.stream().mapToLong(minutes::get).toArray())
                .query(rs -> {
                    countNewBuckets(rs.getObject("scope", UUID.class), rs.getLong("hour"), rs.getLong("before"),
                            rs.getLong("after"), newViewers);
                });
        if (newViewers.isEmpty()) {
            return;
        }
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

    /** Every bucket of the hour whose minutes were all clear before and are not now gains one viewer. */
    private static void countNewBuckets(UUID scope, long hour, long before, long after, Map<Bucket, Integer> newViewers) {
        for (int size : SIZES) {
            long mask = size == 60 ? -1L >>> 4 : (1L << size) - 1; // the bucket's minutes, at minute 0
            for (int first = 0; first < 60; first += size) {
                if ((after & mask << first) != 0 && (before & mask << first) == 0) {
                    newViewers.merge(new Bucket(scope, size, hour + first * 60L), 1, Integer::sum);
                }
            }
        }
    }

    @Override
    public void rebuild(UUID eventId) {
        jdbc.sql(STORED + PRESENCE + COUNT).param("eventId", eventId).param("wholeEvent", WHOLE_EVENT).update();
    }

    @Override
    public List<String> tables() {
        return List.of("live_presence", "live_viewers");
    }

    /** The batch's masks, one per (session, UTC hour as epoch seconds, person). */
    private static final String BATCH = """
            with scoped as (
                select session_id, to_timestamp(hour) as hour, user_id, minutes
                from unnest(:sessions::uuid[], :hours::int8[], :users::uuid[], :minutes::int8[])
                    as p(session_id, hour, user_id, minutes)),
            """;

    /**
     * The same masks from every stored live beacon of the event. Hours are cut with {@code date_bin} from a UTC origin,
     * never {@code date_trunc}, which would follow the session's time zone (an offset of 5:30 would move every minute).
     */
    private static final String STORED = """
            with beacons as (
                select session_id, user_id, date_bin('1 hour', occurred_at, timestamptz '2000-01-01 00:00:00+00') as hour,
                       occurred_at
                from recorded_interaction where event_id = :eventId and mode = 'LIVE'),
            scoped as (
                select session_id, hour, user_id,
                       bit_or(1::bigint << floor(extract(epoch from occurred_at - hour) / 60)::int) as minutes
                from beacons group by session_id, hour, user_id),
            """;

    /**
     * The masks ORed into the stored ones, and every changed mask before and after: of a session, and of the whole
     * event. The upsert changes only rows that gain a minute and returns their mask after and before: the old one from
     * a subquery by primary key, which reads the table as it was when the statement began (none for a row this
     * statement inserted). A person's mask of the whole event is the OR of their sessions' masks of the hour, read as
     * they were before the statement (an aggregate in a lateral subquery: a probe of the primary key per person and
     * hour), ORed with the batch's.
     */
    private static final String PRESENCE = """
            merged as (
                insert into live_presence (event_id, session_id, hour, user_id, minutes)
                select :eventId, session_id, hour, user_id, minutes from scoped
                on conflict (event_id, user_id, hour, session_id) do update
                    set minutes = live_presence.minutes | excluded.minutes
                    where live_presence.minutes | excluded.minutes <> live_presence.minutes
                returning session_id, hour, minutes as after,
                          coalesce((select before.minutes from live_presence before
                                    where before.event_id = :eventId and before.user_id = live_presence.user_id
                                      and before.hour = live_presence.hour and before.session_id = live_presence.session_id),
                                   0) as before),
            whole_event as (
                select p.hour, b.before, b.before | p.added as after
                from (select user_id, hour, bit_or(minutes) as added from scoped group by user_id, hour) p
                cross join lateral (select coalesce(bit_or(l.minutes), 0) as before from live_presence l
                                    where l.event_id = :eventId and l.user_id = p.user_id and l.hour = p.hour) b
                where b.before | p.added <> b.before),
            changed as (
                select session_id as scope, hour, after, before from merged
                union all
                select :wholeEvent, hour, after, before from whole_event)
            """;

    /**
     * Every bucket new to a person counted, as {@link #countNewBuckets} does: {@code buckets} lists every bucket of an
     * hour, its size, its first minute and the mask of its minutes (77 of them: 60 + 12 + 4 + 1).
     */
    private static final String COUNT = """
            , buckets as (
                select size, first_minute, ((1::bigint << size) - 1) << first_minute as mask
                from (values (1), (5), (15), (60)) as sizes (size),
                     lateral (select generate_series(0, 59, size) as first_minute) as firsts)
            insert into live_viewers (event_id, session_id, bucket_minutes, bucket, viewers)
            select :eventId, c.scope, b.size, c.hour + make_interval(mins => b.first_minute), count(*)
            from changed c
            join buckets b on (c.after & b.mask) <> 0 and (c.before & b.mask) = 0
            group by c.scope, b.size, c.hour, b.first_minute
            on conflict (event_id, session_id, bucket_minutes, bucket)
                do update set viewers = live_viewers.viewers + excluded.viewers""";
}
