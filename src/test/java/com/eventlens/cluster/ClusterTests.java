package com.eventlens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import com.eventlens.analytics.ui.LiveAnalytics;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.InteractionsRecorded;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.RecordedBacklog;
import com.eventlens.interactions.ViewMode;
import com.eventlens.testing.Applications;
import com.eventlens.testing.ConsoleHttp;
import com.eventlens.testing.DevKafkaBroker;
import com.eventlens.testing.HandComputedActivity;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.TestEvent;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Cluster mode on one machine: an in-process KRaft broker, one embedded PostgreSQL, and nodes of the application in
 * contexts of their own. Node A only ingests; the fold (and the console) run on other nodes, and the work between
 * them goes through Kafka only: the batches as {@code eventlens.interactions-recorded}, the refresh notices as
 * {@code eventlens.analytics-updated}. The broker is {@link DevKafkaBroker}, the real one, because a broker outage
 * needs a broker that comes back on the same port with its data.
 */
class ClusterTests {

    static final String ADMIN = "admin";
    static final String PASSWORD = "a long test password";

    static Path brokerData;
    static DevKafkaBroker broker;
    static EmbeddedPostgres postgres;
    static final Applications ingestNode = new Applications();
    static ConfigurableApplicationContext ingest;

    final List<Applications> otherNodes = new ArrayList<>();

    @BeforeAll
    static void startBrokerDatabaseAndIngestNode() throws IOException {
        brokerData = Files.createTempDirectory("eventlens-kafka");
        broker = new DevKafkaBroker(Applications.freePort(), brokerData).start();
        postgres = EmbeddedPostgres.builder().start();
        // Short producer timeouts, so that a broker outage of seconds fails sends (and the republication heals it).
        ingest = ingestNode.start(node("ingest", "--spring.kafka.producer.properties.delivery.timeout.ms=4000",
                "--spring.kafka.producer.properties.request.timeout.ms=2000",
                "--spring.kafka.producer.properties.max.block.ms=2000",
                "--eventlens.cluster.republish-interval=1s"));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        ingestNode.close();
        broker.close();
        postgres.close();
        FileSystemUtils.deleteRecursively(brokerData);
    }

    @AfterEach
    void stopOtherNodes() {
        otherNodes.forEach(Applications::close);
    }

    @Test
    void batchesIngestedOnOneNodeAreFoldedExactlyOnAnotherWhoseDashboardsRefresh() {
        ConfigurableApplicationContext folding = startNode("fold,console");
        TestEvent event = TestEvent.create(ingest);
        List<Instant> refreshes = new CopyOnWriteArrayList<>();
        folding.getBean(LiveAnalytics.class).subscribe(event.id(), () -> refreshes.add(Instant.now()));

        Instant sent = Instant.now();
        HandComputedActivity.record(ingest.getBean(Ingest.class), jdbc(), event);

        // The figures of HandComputedActivity, computed by hand: (live, engaged live, recording, reactions, chat).
        assertThat(sessionFigures(event, event.keynote(), event.ann())).containsExactly(30L, 20L, 20L, 2L, 1L);
        assertThat(sessionFigures(event, event.panel(), event.ann())).containsExactly(10L, 10L, 0L, 0L, 0L);
        assertThat(sessionFigures(event, event.keynote(), event.bob())).containsExactly(10L, 0L, 0L, 0L, 0L);
        assertThat(sessionFigures(event, event.keynote(), event.cem())).containsExactly(10L, 10L, 0L, 0L, 0L);
        assertThat(jdbc().sql("select attendees, live_seconds from session_stats where event_id = ? and session_id = ?")
                .param(event.id()).param(event.keynote()).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single()).isEqualTo(List.of(3L, 50L));
        await().atMost(Duration.ofSeconds(2)).until(() -> !refreshes.isEmpty());
        assertThat(Duration.between(sent, refreshes.getFirst())).isLessThan(Duration.ofSeconds(5));
        assertThat(ingest.getBean(Ingest.class).record(event.id(), List.of(new NewInteraction(UUID.randomUUID(),
                InteractionType.REACTION, event.ann(), TestEvent.START.plusSeconds(60), event.keynote(), null, null,
                null, null, null, null, null))).accepted()).isEqualTo(1);
        Rollups.awaitApplied(jdbc(), event.id());
        assertThat(sessionFigures(event, event.keynote(), event.ann()).get(3)).isEqualTo(3L);
    }

    @Test
    void eachNodeServesOnlyWhatItsRolesSay() {
        ConfigurableApplicationContext console = startNode("fold,console");
        TestEvent event = TestEvent.create(ingest);
        ConsoleHttp ingestHttp = http(ingest);
        ConsoleHttp consoleHttp = http(console);

        // The ingest node: the ingest endpoint, health; no page, no other API.
        String batch = "{\"interactions\":[{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"REACTION\",\"userId\":\"" + event.ann()
                + "\",\"occurredAt\":\"2022-02-02T15:01:00Z\",\"sessionId\":\"" + event.keynote() + "\"}]}";
        HttpResponse<String> accepted = ingestHttp.ingest(event.id(), event.ingestToken(), batch);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertNotServed(ingestHttp.get("/"));
        assertNotServed(ingestHttp.get("/events/" + event.id() + "/sessions/analytics"));
        assertNotServed(ingestHttp.get("/api/v1/events", ADMIN, PASSWORD));
        assertThat(ingestHttp.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        // The console node: pages and APIs, health; no ingest endpoint, whatever the token.
        assertNotServed(consoleHttp.ingest(event.id(), event.ingestToken(), batch));
        assertThat(consoleHttp.get("/api/v1/events", ADMIN, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(consoleHttp.get("/login").statusCode()).isEqualTo(200);
        assertThat(consoleHttp.get("/actuator/health/kafka", ADMIN, PASSWORD).body()).contains("\"UP\"");
        assertThat(ingestHttp.get("/actuator/health/kafka", ADMIN, PASSWORD).body()).contains("\"UP\"");
        Rollups.awaitApplied(jdbc(), event.id());
    }

    @Test
    void aFoldNodeThatDiesLeavesNothingLostOrCountedTwiceWhenAnotherTakesOver() {
        TestEvent event = TestEvent.create(ingest);
        // The first fold node folds, but commits no offset: as if it died after every fold's commit, before its
        // consumer committed; its successor is handed every one of its batches again.
        Applications first = new Applications();
        otherNodes.add(first);
        first.start(node("fold", "--spring.kafka.listener.ack-mode=manual"));
        long[] expected = new long[2];
        ingestBatches(event, 0, 10, expected);
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedBatches(event) == 10);
        first.close();

        // Mid-stream: batches go on arriving while no fold node runs, and the ingest node sees them wait in the topic
        // (the back-pressure and readiness measure); then another fold node takes over.
        ingestBatches(event, 10, 20, expected);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                ingest.getBean(RecordedBacklog.class).now().batchesWaiting() >= 10);
        startNode("fold");
        Rollups.awaitApplied(jdbc(), event.id());

        assertThat(appliedBatches(event)).isEqualTo(20);
        assertThat(sessionFigures(event, event.keynote(), event.ann()).subList(0, 2))
                .as("live and engaged seconds, each batch counted once").containsExactly(expected[0], expected[1]);
    }

    @Test
    void batchesIngestedWhileTheBrokerIsDownAreRepublishedWhenItReturns() {
        startNode("fold");
        TestEvent event = TestEvent.create(ingest);
        long[] expected = new long[2];
        ingestBatches(event, 0, 3, expected);
        Rollups.awaitApplied(jdbc(), event.id());

        broker.close();
        try {
            ingestBatches(event, 3, 8, expected);
            // The producer gives up on each send: the publications stay in the registry, tried and incomplete.
            await().atMost(Duration.ofSeconds(30)).until(() -> attemptedButUnsentBatches(event) == 5);
            assertThat(appliedBatches(event)).isEqualTo(3);
            assertThat(ingest.getBean(RecordedBacklog.class).now().batchesWaiting()).isGreaterThanOrEqualTo(5);
        } finally {
            broker.start();
        }
        Rollups.awaitApplied(jdbc(), event.id());
        assertThat(appliedBatches(event)).isEqualTo(8);
        assertThat(sessionFigures(event, event.keynote(), event.ann()).subList(0, 2))
                .as("live and engaged seconds, each batch counted once").containsExactly(expected[0], expected[1]);
    }

    /** Batches {@code from} to {@code to} (exclusive) of 5 live views of Ann each, adding their seconds up. */
    private static void ingestBatches(TestEvent event, int from, int to, long[] expected) {
        for (int b = from; b < to; b++) {
            List<NewInteraction> batch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int seconds = 1 + (b * 5 + i) % 30;
                boolean engaged = i % 2 == 0;
                batch.add(new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, event.ann(),
                        TestEvent.START.plusSeconds(60 + b * 5 + i), event.keynote(), null, ViewMode.LIVE, seconds,
                        null, engaged, null, null));
                expected[0] += seconds;
                expected[1] += engaged ? seconds : 0;
            }
            assertThat(ingest.getBean(Ingest.class).record(event.id(), batch).accepted()).isEqualTo(5);
        }
    }

    private static void assertNotServed(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404", "This node does not");
    }

    private static List<Long> sessionFigures(TestEvent event, UUID session, UUID person) {
        return jdbc().sql("""
                        select live_seconds, engaged_live_seconds, recording_seconds, reactions, chat_messages
                        from user_session_stats where event_id = ? and session_id = ? and user_id = ?""")
                .param(event.id()).param(session).param(person)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }

    private static long appliedBatches(TestEvent event) {
        return jdbc().sql("select count(*) from analytics_applied_batch where event_id = ?").param(event.id())
                .query(Long.class).single();
    }

    private static long attemptedButUnsentBatches(TestEvent event) {
        return jdbc().sql("""
                        select count(*) from event_publication
                        where completion_date is null and completion_attempts >= 1 and event_type = ?
                          and serialized_event like ?""")
                .param(InteractionsRecorded.class.getName()).param("%" + event.id() + "%").query(Long.class).single();
    }

    private ConfigurableApplicationContext startNode(String roles) {
        Applications node = new Applications();
        otherNodes.add(node);
        return node.start(node(roles));
    }

    private static String[] node(String roles, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--eventlens.demo.mode=off", "--eventlens.bootstrap-admin.username=" + ADMIN,
                "--eventlens.bootstrap-admin.password=" + PASSWORD,
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--eventlens.node.roles=" + roles));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    private static ConsoleHttp http(ConfigurableApplicationContext node) {
        return new ConsoleHttp("http://localhost:" + node.getEnvironment().getProperty("local.server.port"));
    }

    private static JdbcClient jdbc() {
        return ingest.getBean(JdbcClient.class);
    }
}
