package com.eventlens.analytics.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.eventlens.interactions.RecordedInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * Keeps every on-demand video's average completion ready to read ({@code video_completion}): the sum over its
 * viewers of {@code min(10 s × slots, duration)}, so that the average is one division instead of a pass over all
 * viewers. A fold step that runs <em>after</em> {@link VideoFold}: it moves each viewer of the batch's videos from their
 * {@code counted_slots} up to the {@code covered_slots} that step left, adding the difference. A video's duration comes from the module's
 * directory; when it is not there yet, or changes, {@link #recompute} sums the video anew (the caller of both holds the
 * event's fold lock).
 */
@Component
@Order(5)
class VideoCompletionFold implements FoldStep {

    private final JdbcClient jdbc;

    VideoCompletionFold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Viewer(UUID contentId, UUID userId) {
    }

    @Override
    public void fold(UUID eventId, FoldBatch batch) {
        Set<Viewer> viewers = new LinkedHashSet<>();
        for (RecordedInteraction row : batch.interactions()) {
            if (row.mode() == ViewMode.ON_DEMAND) {
                viewers.add(new Viewer(row.contentId(), row.userId()));
            }
        }
        if (viewers.isEmpty()) {
            return;
        }
        jdbc.sql(BATCH + COUNT)
                .param("eventId", eventId)
                .param("contents", viewers.stream().map(Viewer::contentId).toArray(UUID[]::new))
                .param("users", viewers.stream().map(Viewer::userId).toArray(UUID[]::new))
                .update();
    }

    /** After {@link VideoFold}'s rebuild every viewer's slots are new: the same statement over all of them. */
    @Override
    public void rebuild(UUID eventId) {
        jdbc.sql(STORED + COUNT).param("eventId", eventId).update();
    }

    @Override
    public List<String> tables() {
        return List.of("video_completion");
    }

    /**
     * The video's sum from its viewers as they are, e.g. once its duration is known or changed. (A video without viewers
     * joins none, and {@code least} would take the duration alone for the missing viewer: hence the filter.)
     */
    void recompute(UUID eventId, UUID contentId) {
        jdbc.sql("""
                        with viewers as (
                            update user_video_stats set counted_slots = covered_slots
                            where event_id = :eventId and content_id = :contentId
                            returning covered_slots),
                        video as (
                            select duration_seconds from analytics_video
                            where event_id = :eventId and content_id = :contentId)
                        insert into video_completion (event_id, content_id, capped_seconds)
                        select :eventId, :contentId,
                               coalesce(sum(least(w.covered_slots * 10, v.duration_seconds))
                                            filter (where w.covered_slots is not null), 0)
                        from video v left join viewers w on true
                        group by v.duration_seconds
                        on conflict (event_id, content_id) do update set capped_seconds = excluded.capped_seconds""")
                .param("eventId", eventId).param("contentId", contentId)
                .update();
    }

    private static final String BATCH = """
            with watched as (
                select * from unnest(:contents::uuid[], :users::uuid[]) as w(content_id, user_id)),
            """;

    private static final String STORED = """
            with watched as (
                select distinct content_id, user_id from recorded_interaction
                where event_id = :eventId and mode = 'ON_DEMAND'),
            """;

    private static final String COUNT = """
            before as (
                select u.content_id, u.user_id, u.counted_slots
                from user_video_stats u
                join watched w on w.content_id = u.content_id and w.user_id = u.user_id
                where u.event_id = :eventId and u.counted_slots <> u.covered_slots),
            counted as (
                update user_video_stats u set counted_slots = u.covered_slots
                from before b
                where u.event_id = :eventId and u.content_id = b.content_id and u.user_id = b.user_id
                returning u.content_id, b.counted_slots as before, u.covered_slots as after)
            insert into video_completion (event_id, content_id, capped_seconds)
            select :eventId, c.content_id,
                   sum(least(c.after * 10, v.duration_seconds) - least(c.before * 10, v.duration_seconds))
            from counted c
            join analytics_video v on v.event_id = :eventId and v.content_id = c.content_id
            group by c.content_id
            on conflict (event_id, content_id)
                do update set capped_seconds = video_completion.capped_seconds + excluded.capped_seconds""";
}
