package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.eventlens.interactions.RecordedInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * Per (on-demand video, person): seconds watched and the 10-second slots covered; per video its viewers and seconds.
 *
 * <p>A beacon covers the slots {@code [10k, 10k + 10)} that its {@code [position, position + seconds)} overlaps. A
 * person's coverage of a video is kept as ranges of slots (an {@code int4multirange}: one range per stretch watched),
 * merged with the new ranges in the upsert; {@code covered_slots} is its size (decision record 15).
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
        String[] coverage = new String[n];
        int i = 0;
        for (Map.Entry<VideoUser, Viewing> entry : viewings.entrySet()) {
            contents[i] = entry.getKey().contentId();
            users[i] = entry.getKey().userId();
            seconds[i] = entry.getValue().seconds;
            coverage[i] = multirange(entry.getValue().slots);
            i++;
        }
        Map<UUID, long[]> totals = new LinkedHashMap<>(); // video → {new viewers, seconds}
        jdbc.sql(UPSERT_VIEWERS)
                .param("eventId", eventId)
                .param("contents", contents).param("users", users).param("seconds", seconds)
                .param("coverage", coverage)
                .query(rs -> {
                    UUID content = rs.getObject("content_id", UUID.class);
                    long added = viewings.get(new VideoUser(content, rs.getObject("user_id", UUID.class))).seconds;
                    long[] total = totals.computeIfAbsent(content, id -> new long[2]);
                    // Every on-demand beacon has seconds: a person whose seconds are all this fold's is a new viewer.
                    total[0] += rs.getLong("seconds") == added ? 1 : 0;
                    total[1] += added;
                });
        List<long[]> rows = new ArrayList<>(totals.values());
        jdbc.sql("""
                        insert into video_stats (event_id, content_id, viewers, seconds)
                        select :eventId, * from unnest(:contents::uuid[], :viewers::int4[], :seconds::int8[])
                        on conflict (event_id, content_id) do update set
                            viewers = video_stats.viewers + excluded.viewers,
                            seconds = video_stats.seconds + excluded.seconds""")
                .param("eventId", eventId)
                .param("contents", totals.keySet().toArray(UUID[]::new))
                .param("viewers", rows.stream().mapToInt(total -> (int) total[0]).toArray())
                .param("seconds", rows.stream().mapToLong(total -> total[1]).toArray())
                .update();
    }

    /** The slot ranges as an int4multirange literal, e.g. {@code {[0,3),[8,10)}}; PostgreSQL merges what overlaps. */
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

    /** The batch's (video, person) rows upserted, their coverage merged; returns each row's seconds now. */
    private static final String UPSERT_VIEWERS = """
            insert into user_video_stats (event_id, content_id, user_id, seconds, coverage, covered_slots)
            select :eventId, content_id, user_id, seconds, coverage, analytics_slot_count(coverage)
            from unnest(:contents::uuid[], :users::uuid[], :seconds::int8[], :coverage::text[]::int4multirange[])
                as d(content_id, user_id, seconds, coverage)
            on conflict (event_id, user_id, content_id) do update set
                seconds = user_video_stats.seconds + excluded.seconds,
                coverage = user_video_stats.coverage + excluded.coverage,
                covered_slots = analytics_slot_count(user_video_stats.coverage + excluded.coverage)
            returning content_id, user_id, seconds""";

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
    }

    @Override
    public List<String> tables() {
        return List.of("user_video_stats", "video_stats");
    }
}
