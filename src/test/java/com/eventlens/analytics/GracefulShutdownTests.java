package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
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
 * Told to stop while it folds a batch, the console lets the fold finish and commit before it lets go of the
 * database: the batch is in the rollups and its publication complete, with nothing left for the next start.
 */
class GracefulShutdownTests {

    EmbeddedPostgres postgres;
    final Applications applications = new Applications();

    @BeforeEach
    void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        applications.close();
        postgres.close();
    }

    @Test
    void aFoldInProgressFinishesBeforeTheApplicationStops() throws Exception {
        ConfigurableApplicationContext app = applications.start(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--eventlens.demo.mode=off");
        TestEvent event = TestEvent.create(app.getBean(EventCatalog.class), app.getBean(Agenda.class),
                app.getBean(MediaLibrary.class), app.getBean(PeopleDirectory.class));
        JdbcClient database = JdbcClient.create(postgres.getPostgresDatabase());
        // The analytics module copies the new event's people, sessions and videos asynchronously, each under the
        // event's fold lock: done before the lock is held, so that the fold is the one waiter counted below.
        Rollups.awaitApplied(database, event.id());

        Thread stopping;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             AutoCloseable blocker = Rollups.holdFolds(connection, event.id())) {
            app.getBean(Ingest.class).record(event.id(), List.of(new NewInteraction(UUID.randomUUID(),
                    InteractionType.VIEW, event.ann(), Instant.parse("2022-02-02T15:01:00Z"), event.keynote(), null,
                    ViewMode.LIVE, 10, null, true, null, null)));
            await().atMost(Duration.ofSeconds(30)).until(() -> database.sql(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory'")
                    .query(Long.class).single() == 1);

            stopping = Thread.ofPlatform().start(applications::close);
            Thread.sleep(1_500);
            assertThat(stopping.isAlive()).as("the application waits for the fold").isTrue();
        }
        stopping.join(Duration.ofSeconds(30));
        assertThat(stopping.isAlive()).isFalse();

        assertThat(database.sql("select count(*) from analytics_applied_batch where event_id = ?").param(event.id())
                .query(Long.class).single()).as("the batch was folded").isEqualTo(1);
        assertThat(database.sql("select live_seconds from user_session_stats where event_id = ? and user_id = ?")
                .param(event.id()).param(event.ann()).query(Long.class).single()).isEqualTo(10);
        assertThat(database.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single()).as("publications left for the next start").isZero();
    }
}
