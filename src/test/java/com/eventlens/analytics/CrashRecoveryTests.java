package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application goes down after a batch was stored but before the rollups took it in. At the next start
 * the event publication registry hands the batch to the analytics module again: nothing is lost, and
 * nothing is counted twice, not even when the player delivers the batch once more.
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
        before.sql("""
                create function simulated_crash() returns trigger language plpgsql
                as $$ begin raise exception 'simulated crash while folding a batch'; end $$""").update();
        before.sql("""
                create trigger simulated_crash before insert on analytics_applied_batch
                for each row execute function simulated_crash()""").update();

        List<NewInteraction> batch = List.of(live(event, event.ann(), true), live(event, event.ann(), false),
                live(event, event.bob(), true));
        IngestReceipt receipt = app.getBean(Ingest.class).record(event.id(), batch);
        assertThat(receipt.accepted()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(20)).until(() -> before.sql(
                "select count(*) from event_publication where completion_date is null and completion_attempts >= 1")
                .query(Long.class).single() == 1);
        assertThat(before.sql("select count(*) from user_session_stats where event_id = ?").param(event.id())
                .query(Long.class).single()).as("nothing folded before the crash").isZero();

        applications.close();
        // The machine comes back: the fault is gone, the application starts again on the same database.
        JdbcClient.create(dataSourceOf(postgres)).sql("drop trigger simulated_crash on analytics_applied_batch").update();
        app = start();
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Rollups.awaitApplied(jdbc, event.id());

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
