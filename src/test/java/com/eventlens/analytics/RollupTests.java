package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.InteractionsRecorded;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.sessions.Agenda;
import com.eventlens.testing.Interactions;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.SignedIn;
import com.eventlens.testing.TestEvent;

/**
 * The rollups that every dashboard reads, computed by hand from small fixtures, and a randomized stream
 * (out of order, duplicates, late data) whose incremental rollups equal a rebuild from the raw interactions.
 */
@SpringBootTest
class RollupTests {

    static final Instant T = TestEvent.START;

    @Autowired
    Ingest ingest;
    @Autowired
    RollupMaintenance maintenance;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventCatalog events;
    @Autowired
    Agenda agenda;
    @Autowired
    MediaLibrary media;
    @Autowired
    PeopleDirectory people;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Dashboards dashboards;

    TestEvent event;
    Interactions beacons;

    @BeforeEach
    void createEvent() {
        event = TestEvent.create(events, agenda, media, people);
        beacons = new Interactions(event);
    }

    @Test
    void foldsAHandComputedFixture() {
        UUID poll1 = UUID.randomUUID();
        UUID poll2 = UUID.randomUUID();
        NewInteraction annReaction = other(InteractionType.REACTION, event.ann(), event.keynote());
        List<NewInteraction> first = List.of(
                // Ann, live in the keynote: 30 s, of which 20 s engaged.
                live(event.ann(), 10, true), live(event.ann(), 10, true), live(event.ann(), 10, false),
                // ... then its recording: 20 s.
                recording(event.ann(), 0), recording(event.ann(), 10),
                annReaction, other(InteractionType.REACTION, event.ann(), event.keynote()),
                other(InteractionType.CHAT_MESSAGE, event.ann(), event.keynote()),
                // Two answers to poll 1 count once.
                poll(event.ann(), poll1), poll(event.ann(), poll1), poll(event.ann(), poll2),
                // Two downloads of the logo count once.
                download(event.ann(), event.logo()), download(event.ann(), event.logo()),
                download(event.ann(), event.guide()),
                // In the panel Ann only interacts: she attends it without viewing.
                other(InteractionType.RAISED_HAND, event.ann(), event.panel()),
                other(InteractionType.QA_THREAD, event.ann(), event.panel()));
        List<NewInteraction> second = List.of(
                // Ann's on-demand viewing of the 95 s video: slots 0, 1, 0 again (rewatch), then 8 and 9 (seek).
                onDemand(event.ann(), 0, 10), onDemand(event.ann(), 10, 10), onDemand(event.ann(), 0, 10),
                onDemand(event.ann(), 85, 10),
                // Bob: 10 s live, not engaged; a download in the panel; 120 s of the video over slots 0..10.
                live(event.bob(), 10, false), download(event.bob(), event.slides()),
                onDemand(event.bob(), 0, 60), onDemand(event.bob(), 50, 60),
                // The same reaction delivered again changes nothing.
                annReaction);
        // Late data: Cem's engaged live beacon arrives last, with an earlier timestamp.
        List<NewInteraction> late = List.of(live(event.cem(), 10, true));
        ingest.record(event.id(), second);
        ingest.record(event.id(), first);
        ingest.record(event.id(), late);
        Rollups.awaitApplied(jdbc, event.id());

        assertThat(userSession(event.keynote(), event.ann()))
                .isEqualTo(row(30, 20, 20, 2, 1, 0, 0, 2, 2));
        assertThat(userSession(event.panel(), event.ann())).isEqualTo(row(0, 0, 0, 0, 0, 1, 1, 0, 0));
        assertThat(userSession(event.keynote(), event.bob())).isEqualTo(row(10, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(userSession(event.panel(), event.bob())).isEqualTo(row(0, 0, 0, 0, 0, 0, 0, 0, 1));
        assertThat(userSession(event.keynote(), event.cem())).isEqualTo(row(10, 10, 0, 0, 0, 0, 0, 0, 0));

        // attendees, unique viewers, live, engaged, recording, reactions, chat, Q&A, hands, polls
        assertThat(session(event.keynote())).isEqualTo(List.of(3L, 3L, 50L, 30L, 20L, 2L, 1L, 0L, 0L, 2L));
        assertThat(session(event.panel())).isEqualTo(List.of(2L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 0L));
        assertThat(count("select count(*) from session_attachment where event_id = ? and session_id = ?",
                event.keynote())).isEqualTo(2);
        assertThat(count("select count(*) from session_attachment where event_id = ? and session_id = ?",
                event.panel())).isEqualTo(1);

        // seconds and distinct 10-second slots: Ann {0, 1, 8, 9}, Bob {0..10}
        assertThat(video(event.ann())).isEqualTo(List.of(40L, 4L));
        assertThat(video(event.bob())).isEqualTo(List.of(120L, 11L));
        assertThat(jdbc.sql("select viewers, seconds from video_stats where event_id = ? and content_id = ?")
                .param(event.id()).param(event.video())
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single()).isEqualTo(List.of(2L, 160L));
    }

    @Test
    void aRebuildEqualsTheIncrementalRollupsAfterARandomizedStream() {
        Random random = new Random(7);
        List<NewInteraction> stream = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            stream.add(randomInteraction(random));
        }
        Collections.shuffle(stream, random);
        List<NewInteraction> delivered = new ArrayList<>();
        int next = 0;
        while (next < stream.size()) {
            int size = 1 + random.nextInt(400);
            List<NewInteraction> batch = new ArrayList<>(stream.subList(next, Math.min(stream.size(), next + size)));
            next += size;
            // Re-deliver a few interactions of earlier batches, as a retrying player would.
            for (int d = 0; d < 5 && !delivered.isEmpty(); d++) {
                batch.add(delivered.get(random.nextInt(delivered.size())));
            }
            ingest.record(event.id(), batch);
            delivered.addAll(batch);
        }
        Rollups.awaitApplied(jdbc, event.id());
        Map<String, List<String>> incremental = snapshot();
        assertThat(incremental.get("user_session_stats")).isNotEmpty();
        assertThat(incremental.get("user_video_stats")).isNotEmpty();

        assertThat(incremental.get("user_session_stats")).as("the rollup equals a direct recomputation")
                .isEqualTo(recomputedUserSessionViewing());

        assertThat(incremental.get("live_viewers")).isNotEmpty();
        assertThat(incremental.get("user_event_stats")).hasSize(3);
        assertStoredScoresAreTheExplainedOnes();

        maintenance.rebuild(event.id());
        assertThat(snapshot()).isEqualTo(incremental);
    }

    /** The score a fold stores (SQL, set-based) is the sum of the points User analytics explains (Java). */
    private void assertStoredScoresAreTheExplainedOnes() {
        SignedIn.asAdmin();
        try {
            for (UUID person : event.people()) {
                double stored = jdbc.sql("select score from user_event_stats where event_id = ? and user_id = ?")
                        .param(event.id()).param(person).query(Double.class).single();
                assertThat(dashboards.user(event.id(), person).orElseThrow().engagementScore().score())
                        .isCloseTo(stored, org.assertj.core.api.Assertions.within(1e-9));
            }
        } finally {
            SignedIn.nobody();
        }
    }

    @Test
    void aRepublishedBatchIsNeverFoldedTwice() {
        ingest.record(event.id(), List.of(live(event.ann(), 10, true)));
        Rollups.awaitApplied(jdbc, event.id());
        UUID batch = jdbc.sql("select batch_id from interaction where event_id = ?").param(event.id())
                .query(UUID.class).single();
        // The same InteractionsRecorded once more, as the registry republishes it after a crash.
        transactions.executeWithoutResult(status -> publisher.publishEvent(new InteractionsRecorded(event.id(), batch,
                java.time.Instant.now())));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0);
        assertThat(userSession(event.keynote(), event.ann())).isEqualTo(row(10, 10, 0, 0, 0, 0, 0, 0, 0));
    }

    private NewInteraction randomInteraction(Random random) {
        UUID user = event.people().get(random.nextInt(3));
        UUID session = random.nextBoolean() ? event.keynote() : event.panel();
        Instant at = T.plusSeconds(random.nextInt(20_000));
        return switch (random.nextInt(9)) {
            case 0, 1 -> new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, at, session, null,
                    ViewMode.LIVE, 1 + random.nextInt(60), null, random.nextBoolean(), null, null);
            case 2 -> new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, at, event.keynote(), null,
                    ViewMode.RECORDING, 1 + random.nextInt(60), random.nextInt(1800), null, null, null);
            case 3, 4 -> new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, at, null, event.video(),
                    ViewMode.ON_DEMAND, 1 + random.nextInt(60), random.nextInt(120), null, null, null);
            case 5 -> new NewInteraction(UUID.randomUUID(), InteractionType.POLL_ANSWER, user, at, session, null,
                    null, null, null, null, new UUID(0, random.nextInt(4)), null);
            case 6 -> download(user, List.of(event.logo(), event.guide(), event.slides()).get(random.nextInt(3)));
            default -> other(List.of(InteractionType.REACTION, InteractionType.CHAT_MESSAGE, InteractionType.QA_THREAD,
                    InteractionType.RAISED_HAND).get(random.nextInt(4)), user, session);
        };
    }

    /** Every rollup row of the event, as text, table by table. */
    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : List.of("analytics_applied_batch", "user_session_stats", "user_session_poll",
                "user_attachment", "session_attachment", "session_stats", "user_video_stats",
                "video_stats", "analytics_event_state", "live_presence", "live_viewers", "user_event_stats",
                "event_stats", "video_completion", "analytics_status_count")) {
            String columns = "analytics_applied_batch".equals(table) ? "event_id, batch_id" : "*";
            tables.put(table, jdbc.sql("select t::text from (select " + columns + " from " + table
                            + " where event_id = ?) t order by 1")
                    .param(event.id()).query(String.class).list());
        }
        return tables;
    }

    /** user_session_stats computed straight from the raw interactions, independently of the fold. */
    private List<String> recomputedUserSessionViewing() {
        return jdbc.sql("""
                        select (event_id, session_id, user_id, live, engaged, recording, reactions, chat, qa, hands,
                                polls, downloads)::text from (
                          select i.event_id, i.session_id, i.user_id,
                            coalesce(sum(seconds) filter (where mode = 'LIVE'), 0) as live,
                            coalesce(sum(seconds) filter (where mode = 'LIVE' and engaged), 0) as engaged,
                            coalesce(sum(seconds) filter (where mode = 'RECORDING'), 0) as recording,
                            count(*) filter (where type = 'REACTION') as reactions,
                            count(*) filter (where type = 'CHAT_MESSAGE') as chat,
                            count(*) filter (where type = 'QA_THREAD') as qa,
                            count(*) filter (where type = 'RAISED_HAND') as hands,
                            count(distinct poll_id) as polls,
                            count(distinct attachment_id) as downloads
                          from interaction i where i.event_id = ? and i.session_id is not null
                          group by i.event_id, i.session_id, i.user_id) t
                        order by 1""")
                .param(event.id()).query(String.class).list();
    }

    private List<Long> userSession(UUID session, UUID user) {
        return jdbc.sql("""
                        select live_seconds, engaged_live_seconds, recording_seconds, reactions, chat_messages,
                               qa_threads, raised_hands, polls_answered, attachments_downloaded
                        from user_session_stats where event_id = ? and session_id = ? and user_id = ?""")
                .param(event.id()).param(session).param(user)
                .query((rs, n) -> {
                    List<Long> values = new ArrayList<>();
                    for (int c = 1; c <= 9; c++) {
                        values.add(rs.getLong(c));
                    }
                    return values;
                }).single();
    }

    private List<Long> session(UUID session) {
        return jdbc.sql("""
                        select attendees, unique_viewers, live_seconds, engaged_live_seconds, recording_seconds,
                               reactions, chat_messages, qa_threads, raised_hands, polls_answered
                        from session_stats where event_id = ? and session_id = ?""")
                .param(event.id()).param(session)
                .query((rs, n) -> {
                    List<Long> values = new ArrayList<>();
                    for (int c = 1; c <= 10; c++) {
                        values.add(rs.getLong(c));
                    }
                    return values;
                }).single();
    }

    private List<Long> video(UUID user) {
        return jdbc.sql("select seconds, covered_slots from user_video_stats where event_id = ? and content_id = ? and user_id = ?")
                .param(event.id()).param(event.video()).param(user)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
    }

    private long count(String sql, UUID session) {
        return jdbc.sql(sql).param(event.id()).param(session).query(Long.class).single();
    }

    private static List<Long> row(long... values) {
        List<Long> row = new ArrayList<>();
        for (long value : values) {
            row.add(value);
        }
        return row;
    }

    private NewInteraction live(UUID user, int seconds, boolean engaged) {
        return beacons.live(user, event.keynote(), seconds, engaged);
    }

    private NewInteraction recording(UUID user, int position) {
        return beacons.recording(user, position);
    }

    private NewInteraction onDemand(UUID user, int position, int seconds) {
        return beacons.onDemand(user, position, seconds);
    }

    private NewInteraction poll(UUID user, UUID poll) {
        return beacons.poll(user, poll);
    }

    private NewInteraction download(UUID user, UUID attachment) {
        return beacons.download(user, attachment);
    }

    private NewInteraction other(InteractionType type, UUID user, UUID session) {
        return beacons.other(type, user, session);
    }
}
