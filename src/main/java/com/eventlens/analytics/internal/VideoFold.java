package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.eventlens.interactions.RecordedInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * Per (on-demand video, person): seconds watched and the 10-second slots covered; per video its viewers and seconds,
 * and the sum over its viewers of {@code min(10 s × slots, duration)} ({@code video_completion}), so that the average
 * completion is one division instead of a pass over all viewers.
 *
 * <p>A beacon covers the slots {@code [10k, 10k + 10)} that its {@code [position, position + seconds)} overlaps. A
 * person's coverage of a video is kept as ranges of slots (an {@code int4multirange}: one range per stretch watched),
 * merged with the new ranges in the upsert; {@code covered_slots} is its size (decision record 15). The fold is one
 * statement: the upsert returns each row's seconds and slots now and before (so the video's totals and completion move
 * by the difference, without a second write of the rows). A video's duration comes from the module's directory; when
 * it is not there yet, or changes, {@link #recompute} sums the video anew (the caller holds the event's fold lock).
 */
@Component
@Order(3)
class VideoFold implements FoldStep {

    private final JdbcClient jdbc;

    VideoFold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record VideoUser(UUID contentId, UUID userId) {
    }

    /** One person's viewing of one video in the batch: seconds, and the slot ranges [from, to) of each beacon. */
    private static final class Viewing {
        long seconds;
        final List<int[]> slots = new ArrayList<>(4);
    }

    /** The first slot a beacon covers. */
    static int firstSlot(int position) {
        return position / 10;
    }

    /** One past the last slot a beacon covers (in long arithmetic: a position may be close to the int range's end). */
    static int slotsEnd(int position, int seconds) {
        return (int) (((long) position + seconds - 1) / 10 + 1);
    }

    @Override
    public void fold(UUID eventId, FoldBatch batch) {
        Map<VideoUser, Viewing> viewings = new HashMap<>();
        for (RecordedInteraction row : batch.interactions()) {
            if (row.mode() != ViewMode.ON_DEMAND) {
                continue;
            }
            Viewing viewing = viewings.computeIfAbsent(new VideoUser(row.contentId(), row.userId()), key -> new Viewing());
            viewing.seconds += row.seconds();
            viewing.slots.add(new int[] {firstSlot(row.position()), slotsEnd(row.position(), row.seconds())});
        }
        if (viewings.isEmpty()) {
            return;
        }
        int n = viewings.size();
        UUID[] contents = new UUID[n];
        UUID[] users = new UUID[n];
        long[] seconds = new long[n];
        int[] from = new int[n];
        int[] to = new int[n];
        String[] stretches = new String[n];
        int i = 0;
        for (Map.Entry<VideoUser, Viewing> entry : viewings.entrySet()) {
            contents[i] = entry.getKey().contentId();
            users[i] = entry.getKey().userId();
            seconds[i] = entry.getValue().seconds;
            List<int[]> merged = merged(entry.getValue().slots);
            if (merged.size() == 1) {
                from[i] = merged.getFirst()[0];
                to[i] = merged.getFirst()[1];
            } else {
                stretches[i] = multirange(merged);
            }
            i++;
        }
        jdbc.sql(FOLD)
                .param("eventId", eventId)
                .param("contents", contents).param("users", users).param("seconds", seconds)
                .param("from", from).param("to", to).param("stretches", stretches)
                .update();
    }

    /**
     * The slot ranges [from, to) merged where they overlap or touch, in order: usually one, the stretch a person
     * played on. (PostgreSQL would merge them alike; parsing a multirange's text costs it more than two integers.)
     */
    private static List<int[]> merged(List<int[]> slots) {
        List<int[]> sorted = new ArrayList<>(slots);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>(2);
        int[] current = sorted.getFirst().clone();
        for (int[] range : sorted.subList(1, sorted.size())) {
            if (range[0] <= current[1]) {
                current[1] = Math.max(current[1], range[1]);
            } else {
                merged.add(current);
                current = range.clone();
            }
        }
        merged.add(current);
        return merged;
    }

    /** Slot ranges as an int4multirange literal, e.g. {@code {[0,3),[8,10)}}. */
    private static String multirange(List<int[]> slots) {
        StringBuilder text = new StringBuilder(slots.size() * 12).append('{');
        for (int[] range : slots) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append('[').append(range[0]).append(',').append(range[1]).append(')');
        }
        return text.append('}').toString();
    }

    /**
     * The batch's (video, person) rows upserted, their coverage merged (one stretch sent as two integers, several as a
     * multirange's text); then each video's viewers and seconds, and its
     * completion sum, moved by what the rows returned. A person whose seconds are all this fold's is a new viewer (every
     * on-demand beacon has seconds). The slots a row had before come from a subquery in {@code returning}: every part
     * of a statement reads the table as it was when the statement began, so it finds the row's old version (none for a
     * row this statement inserted), by primary key.
     */
    private static final String FOLD = """
            with delta as (
                select content_id, user_id, seconds,
                       case when stretches is null then int4multirange(int4range(slots_from, slots_to))
                            else stretches::int4multirange end as coverage
                from unnest(:contents::uuid[], :users::uuid[], :seconds::int8[], :from::int4[], :to::int4[],
                            :stretches::text[]) as d(content_id, user_id, seconds, slots_from, slots_to, stretches)),
            upserted as (
                insert into user_video_stats (event_id, content_id, user_id, seconds, coverage, covered_slots)
                select :eventId, content_id, user_id, seconds, coverage, analytics_slot_count(coverage) from delta
                on conflict (event_id, user_id, content_id) do update set
                    seconds = user_video_stats.seconds + excluded.seconds,
                    coverage = user_video_stats.coverage + excluded.coverage,
                    covered_slots = analytics_slot_count(user_video_stats.coverage + excluded.coverage)
                returning content_id, user_id, seconds, covered_slots,
                          coalesce((select before.covered_slots from user_video_stats before
                                    where before.event_id = :eventId and before.user_id = user_video_stats.user_id
                                      and before.content_id = user_video_stats.content_id), 0) as covered_before),
            completion as (
                insert into video_completion (event_id, content_id, capped_seconds)
                select :eventId, u.content_id,
                       sum(least(u.covered_slots * 10, v.duration_seconds) - least(u.covered_before * 10, v.duration_seconds))
                from upserted u
                join analytics_video v on v.event_id = :eventId and v.content_id = u.content_id
                group by u.content_id
                on conflict (event_id, content_id)
                    do update set capped_seconds = video_completion.capped_seconds + excluded.capped_seconds)
            insert into video_stats (event_id, content_id, viewers, seconds)
            select :eventId, u.content_id, count(*) filter (where u.seconds = d.seconds), sum(d.seconds)
            from upserted u
            join delta d on d.content_id = u.content_id and d.user_id = u.user_id
            group by u.content_id
            on conflict (event_id, content_id) do update set
                viewers = video_stats.viewers + excluded.viewers,
                seconds = video_stats.seconds + excluded.seconds""";

    @Override
    public void rebuild(UUID eventId) {
        jdbc.sql("""
                        insert into user_video_stats (event_id, content_id, user_id, seconds, coverage, covered_slots)
                        select event_id, content_id, user_id, seconds, coverage, analytics_slot_count(coverage)
                        from (
                            select event_id, content_id, user_id, sum(seconds) as seconds,
                                   range_agg(int4range(position / 10, ((position::int8 + seconds - 1) / 10 + 1)::int4))
                                       as coverage
                            from recorded_interaction where event_id = :eventId and mode = 'ON_DEMAND'
                            group by event_id, content_id, user_id
                        ) viewing""")
                .param("eventId", eventId).update();
        jdbc.sql("""
                        insert into video_stats (event_id, content_id, viewers, seconds)
                        select event_id, content_id, count(*) filter (where seconds > 0), sum(seconds)
                        from user_video_stats where event_id = :eventId
                        group by event_id, content_id""")
                .param("eventId", eventId).update();
        jdbc.sql("""
                        insert into video_completion (event_id, content_id, capped_seconds)
                        select u.event_id, u.content_id, sum(least(u.covered_slots * 10, v.duration_seconds))
                        from user_video_stats u
                        join analytics_video v on v.event_id = u.event_id and v.content_id = u.content_id
                        where u.event_id = :eventId
                        group by u.event_id, u.content_id""")
                .param("eventId", eventId).update();
    }

    @Override
    public List<String> tables() {
        return List.of("user_video_stats", "video_stats", "video_completion");
    }

    /**
     * The video's completion sum from its viewers as they are, e.g. once its duration is known or changed. (A video
     * without viewers joins none, and {@code least} would take the duration alone for the missing viewer: hence the
     * filter.)
     */
    void recompute(UUID eventId, UUID contentId) {
        jdbc.sql("""
                        insert into video_completion (event_id, content_id, capped_seconds)
                        select :eventId, :contentId,
                               coalesce(sum(least(w.covered_slots * 10, v.duration_seconds))
                                            filter (where w.covered_slots is not null), 0)
                        from analytics_video v
                        left join user_video_stats w on w.event_id = :eventId and w.content_id = :contentId
                        where v.event_id = :eventId and v.content_id = :contentId
                        group by v.duration_seconds
                        on conflict (event_id, content_id) do update set capped_seconds = excluded.capped_seconds""")
                .param("eventId", eventId).param("contentId", contentId)
                .update();
    }
}
