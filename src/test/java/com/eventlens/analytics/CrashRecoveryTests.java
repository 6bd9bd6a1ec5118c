package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.IngestReceipt;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.sessions.Agenda;
import com.eventlens.testing.Applications;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.TestEvent;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application goes down after batches were stored but before the rollups took them in. At the next start
 * the event publication registry hands the batches to the analytics module again, which reads them back from the
 * raw interactions and folds them together: nothing is lost, and nothing is counted twice, not even when the
 * players deliver the batches once more.
 */
class CrashRecoveryTests {

    EmbeddedPostgres postgres;
    final Applications applications = new Applications();
    ConfigurableApplicationContext app;

    @BeforeEach
    void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterEach
    void stopEverything() throws IOException {
        applications.close();
        postgres.close();
    }

    @Test
    void aBatchStoredBeforeACrashIsFoldedInExactlyOnceAfterTheRestart() {
        app = start();
        JdbcClient before = app.getBean(JdbcClient.class);
        TestEvent event = TestEvent.create(app.getBean(EventCatalog.class), app.getBean(Agenda.class),
                app.getBean(MediaLibrary.class), app.getBean(PeopleDirectory.class));

        // The rollup transaction dies half-way, as if the process was killed while folding the batch.
        simulateCrashesWhileFolding(before);

        List<NewInteraction> batch = List.of(live(event, event.ann(), true), live(event, event.ann(), false),
                live(event, event.bob(), true));
        IngestReceipt receipt = app.getBean(Ingest.class).record(event.id(), batch);
        assertThat(receipt.accepted()).isEqualTo(3);
        JdbcClient jdbc = crashAndRestart(before, event, 1);

        assertThat(liveSeconds(jdbc, event, event.ann())).isEqualTo(List.of(20L, 10L));
        assertThat(liveSeconds(jdbc, event, event.bob())).isEqualTo(List.of(10L, 10L));

        // The player, never having seen the 202, sends the same batch again: acknowledged, not counted.
        IngestReceipt again = app.getBean(Ingest.class).record(event.id(), batch);
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.accepted()).isZero();
        assertThat(liveSeconds(jdbc, event, event.ann())).isEqualTo(List.of(20L, 10L));
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void manyBatchesStoredButNotFoldedBeforeACrashAreFoldedTogetherExactlyOnceAfterTheRestart() {
        app = start();
        JdbcClient before = app.getBean(JdbcClient.class);
        TestEvent event = TestEvent.create(app);
        // Every fold dies half-way, as if the process was killed between storing the batches and folding them.
        simulateCrashesWhileFolding(before);

        int batches = 40;
        Map<UUID, long[]> expected = new HashMap<>(); // person → {live seconds, engaged live seconds}
        List<List<NewInteraction>> sent = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            List<NewInteraction> batch = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                UUID person = event.people().get((b + i) % 3);
                int seconds = 1 + (b * 25 + i) % 60;
                boolean engaged = i % 3 != 0;
                batch.add(new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, person,
                        Instant.parse("2022-02-02T15:01:00Z").plusSeconds(b * 25 + i), event.keynote(), null,
                        ViewMode.LIVE, seconds, null, engaged, null, null));
                long[] sums = expected.computeIfAbsent(person, key -> new long[2]);
                sums[0] += seconds;
                sums[1] += engaged ? seconds : 0;
            }
            assertThat(app.getBean(Ingest.class).record(event.id(), batch).accepted()).isEqualTo(25);
            sent.add(batch);
        }
        JdbcClient jdbc = crashAndRestart(before, event, batches);

        // Folded together (read back from the view, many in one fold), not one publication at a time.
        long folds = app.getBean(MeterRegistry.class).get("eventlens.fold.duration").timer().count();
        assertThat(folds).as("fold transactions for %d batches", batches).isLessThan(batches / 2);
        for (UUID person : event.people()) {
            assertThat(liveSeconds(jdbc, event, person)).as("live and engaged seconds of %s, counted once", person)
                    .isEqualTo(List.of(expected.get(person)[0], expected.get(person)[1]));
        }
        assertThat(jdbc.sql("select attendees, live_seconds from session_stats where event_id = ? and session_id = ?")
                .param(event.id()).param(event.keynote()).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single()).isEqualTo(List.of(3L, expected.values().stream().mapToLong(sums -> sums[0]).sum()));

        // Every batch sent again, as players that never saw their 202 would: nothing new.
        for (List<NewInteraction> batch : sent) {
            assertThat(app.getBean(Ingest.class).record(event.id(), batch).duplicates()).isEqualTo(25);
        }
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single()).isZero();
    }

    /**
     * Once every stored batch's fold has failed at least once (nothing folded), the process dies; the machine comes
     * back without the fault and the application starts again on the same database. Returns its {@link JdbcClient}
     * once the event's stored batches are all folded.
     */
    private JdbcClient crashAndRestart(JdbcClient before, TestEvent event, int storedBatches) {
        await().atMost(Duration.ofSeconds(30)).until(() -> before.sql(
                "select count(*) from event_publication where completion_date is null and completion_attempts >= 1")
                .query(Long.class).single() == storedBatches);
        assertThat(before.sql("select count(*) from user_session_stats where event_id = ?").param(event.id())
                .query(Long.class).single()).as("nothing folded before the crash").isZero();

        applications.close();
        JdbcClient.create(dataSourceOf(postgres)).sql("drop trigger simulated_crash on analytics_applied_batch").update();
        app = start();
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Rollups.awaitApplied(jdbc, event.id());
        return jdbc;
    }

    private static void simulateCrashesWhileFolding(JdbcClient jdbc) {
        jdbc.sql("""
                create function simulated_crash() returns trigger language plpgsql
                as $$ begin raise exception 'simulated crash while folding a batch'; end $$""").update();
        jdbc.sql("""
                create trigger simulated_crash before insert on analytics_applied_batch
                for each row execute function simulated_crash()""").update();
    }

    private ConfigurableApplicationContext start() {
        return applications.start("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--eventlens.demo.mode=off");
    }

    private static javax.sql.DataSource dataSourceOf(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }

    private static List<Long> liveSeconds(JdbcClient jdbc, TestEvent event, UUID user) {
        return jdbc.sql("""
                        select live_seconds, engaged_live_seconds from user_session_stats
                        where event_id = ? and session_id = ? and user_id = ?""")
                .param(event.id()).param(event.keynote()).param(user)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
    }

    private static NewInteraction live(TestEvent event, UUID user, boolean engaged) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, Instant.parse("2022-02-02T15:01:00Z"),
                event.keynote(), null, ViewMode.LIVE, 10, null, engaged, null, null);
    }
}
