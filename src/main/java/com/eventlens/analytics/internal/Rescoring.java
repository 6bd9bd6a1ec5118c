package com.eventlens.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import com.eventlens.analytics.EngagementSettings;
import com.eventlens.analytics.EngagementSettingsChanged;
import com.eventlens.people.EngagementScoresChanged;

/**
 * After new engagement settings: every attendee's stored score under them, and — when the attendance threshold
 * changed — everyone who reaches the new one announced. In the background, set-based, a chunk of attendees per
 * transaction, each in turn with the event's folds (and reading the settings in force then, so a second change while
 * this runs is never overwritten with the first). A crash in between leaves the publication incomplete; it runs again
 * from the start at the next start, which changes nothing for the chunks already done.
 */
@Component
class Rescoring {

    static final int CHUNK = 10_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Rollups rollups;
    private final EngagementSettingsService settings;
    private final Announcements announcements;
    private final UpdateNotices notices;

    Rescoring(JdbcClient jdbc, TransactionTemplate transactions, Rollups rollups, EngagementSettingsService settings,
              Announcements announcements, UpdateNotices notices) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rollups = rollups;
        this.settings = settings;
        this.announcements = announcements;
        this.notices = notices;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(EngagementSettingsChanged changed) {
        rescore(changed.eventId(), changed.attendanceThresholdChanged());
    }

    void rescore(UUID eventId, boolean announceAttendance) {
        UUID after = new UUID(0, 0);
        while (after != null) {
            UUID from = after;
            after = transactions.execute(status -> chunk(eventId, from, announceAttendance));
        }
        notices.announce(eventId);
    }

    /** Rescores the next chunk of attendees after {@code after} (in id order); the last id done, or null at the end. */
    private UUID chunk(UUID eventId, UUID after, boolean announceAttendance) {
        rollups.lockEvent(eventId);
        EngagementSettings current = settings.current(eventId);
        List<UUID> reached = new ArrayList<>();
        List<EngagementScoresChanged.Score> scores = new ArrayList<>();
        List<UUID> done = ScoreSql.weighted(jdbc.sql(RESCORE), current)
                .param("eventId", eventId).param("after", after).param("size", CHUNK)
                .param("threshold", current.attendanceThresholdSeconds())
                .query((rs, row) -> {
                    UUID person = rs.getObject("user_id", UUID.class);
                    if (announceAttendance && rs.getBoolean("reached")) {
                        reached.add(person);
                    }
                    if (rs.getInt("shown") != rs.getInt("shown_before")) {
                        scores.add(new EngagementScoresChanged.Score(person, rs.getInt("shown")));
                    }
                    return person;
                })
                .list();
        announcements.announce(eventId, new EngagementFold.Changes(reached, scores));
        return done.size() < CHUNK ? null : done.getLast();
    }

    /** Weighs the chunk's attendees under the settings; moves the event's score sums and bands by the difference. */
    private static final String RESCORE = """
            with n as (
                select u.* from user_event_stats u
                where u.event_id = :eventId and u.user_id > :after order by u.user_id limit :size),
            scored as (
                select n.user_id, n.live_seconds + n.recording_seconds as viewing, n.score as score_before,
                       $SCORE as score
                from n),
            stored as (
                update user_event_stats u set score = s.score
                from scored s
                where u.event_id = :eventId and u.user_id = s.user_id and u.score <> s.score),
            sums as (
                update event_stats e set score_sum = trim_scale(e.score_sum + d.score_change), hot = e.hot + d.hot_change,
                    warm = e.warm + d.warm_change, cold = e.cold + d.cold_change
                from (select coalesce(sum(score::numeric - score_before::numeric), 0) as score_change,
                             count(*) filter (where score >= 70) - count(*) filter (where score_before >= 70)
                                 as hot_change,
                             count(*) filter (where score >= 40 and score < 70)
                                 - count(*) filter (where score_before >= 40 and score_before < 70) as warm_change,
                             count(*) filter (where score < 40) - count(*) filter (where score_before < 40)
                                 as cold_change
                      from scored) d
                where e.event_id = :eventId)
            select user_id, viewing >= :threshold as reached, floor(score)::int as shown,
                   floor(score_before)::int as shown_before
            from scored order by user_id"""
            .replace("$SCORE", ScoreSql.SCORE);
}
