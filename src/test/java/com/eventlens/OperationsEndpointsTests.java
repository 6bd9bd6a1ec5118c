package com.eventlens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.sessions.Agenda;
import com.eventlens.testing.ConsoleHttp;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.TestEvent;

import tools.jackson.databind.ObjectMapper;

/**
 * What an operator sees: health for anyone (status only, liveness and readiness groups, readiness DOWN while the
 * rollups lag), everything else of the actuator for admins, and the product's own metrics in Prometheus format.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventCatalog events;
    @Autowired
    Agenda agenda;
    @Autowired
    MediaLibrary media;
    @Autowired
    PeopleDirectory people;

    ConsoleHttp http;

    @BeforeEach
    void setUp() {
        http = new ConsoleHttp("http://localhost:" + port);
        Rollups.awaitApplied(jdbc, UUID.fromString("3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8"));
    }

    @Test
    void healthAnswersAnyoneWithItsStatusOnly() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = http.get(path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            // The root names its groups (liveness, readiness); nobody learns which components there are, or why.
            assertThat(json.readTree(health.body()).propertyNames()).as(path).isSubsetOf("status", "groups");
            assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void everyOtherEndpointIsForAdminsOnly() {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator")) {
            HttpResponse<String> anonymous = http.get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));

            HttpResponse<String> manager = http.get(path, "manager", "manager");
            assertThat(manager.statusCode()).as(path).isEqualTo(403);
            assertThat(json.readTree(manager.body()).get("detail").asString()).contains("Only admins");

            assertThat(http.get(path, "admin", "wrong").statusCode()).as(path).isEqualTo(401);
            assertThat(http.get(path, "admin", "admin").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void prometheusListsTheProductsOwnMetricsAfterABatchIsIngested() {
        TestEvent event = TestEvent.create(events, agenda, media, people);
        String label = "event=\"" + event.id() + "\"";
        double foldedBefore = http.metric("eventlens_fold_interactions_total", null, "admin", "admin").orElse(0);

        Map<String, Object> first = live(event, event.ann());
        Map<String, Object> second = live(event, event.bob());
        assertThat(http.ingest(event.id(), event.ingestToken(), batch(first, second)).statusCode()).isEqualTo(202);
        assertThat(http.ingest(event.id(), event.ingestToken(), batch(second, live(event, event.cem())))
                .statusCode()).isEqualTo(202);
        Map<String, Object> badSeconds = new java.util.HashMap<>(live(event, event.ann()));
        badSeconds.put("seconds", 61);
        assertThat(http.ingest(event.id(), event.ingestToken(), batch(live(event, event.ann()), badSeconds))
                .statusCode()).isEqualTo(400);
        http.awaitRollupsCaughtUp("admin", "admin");

        assertThat(metric("eventlens_interactions_accepted_total", label)).isEqualTo(3);
        assertThat(metric("eventlens_interactions_duplicate_total", label)).isEqualTo(1);
        assertThat(metric("eventlens_interactions_rejected_total", label)).isEqualTo(2);
        assertThat(metric("eventlens_fold_interactions_total", null) - foldedBefore).isEqualTo(3);
        assertThat(metric("eventlens_fold_batches_waiting", null)).isZero();
        assertThat(metric("eventlens_fold_lag_seconds", null)).isZero();
        assertThat(metric("eventlens_fold_duration_seconds_count", null)).isPositive();
        assertThat(metric("eventlens_ingest_batch_size_interactions_count", null)).isGreaterThanOrEqualTo(3);
        assertThat(metric("eventlens_ingest_latency_seconds_count", null)).isGreaterThanOrEqualTo(3);
        assertThat(metric("eventlens_dashboards_live", null)).isZero();

        assertThat(http.get("/api/v1/events/" + event.id() + "/users/" + event.ann() + "/analytics/report.pdf",
                "admin", "admin").statusCode()).isEqualTo(200);
        assertThat(metric("eventlens_reports_render_seconds_count", "report=\"user\"")).isPositive();
    }

    @Test
    void readinessIsDownWhileTheRollupsLagTooFarBehind() throws Exception {
        TestEvent event = TestEvent.create(events, agenda, media, people);
        // The event's folds wait for this lock, as they would behind a very long fold.
        try (Connection connection = dataSource.getConnection();
             AutoCloseable blocker = Rollups.holdFolds(connection, event.id())) {
            assertThat(http.ingest(event.id(), event.ingestToken(), batch(live(event, event.ann()))).statusCode())
                    .isEqualTo(202);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    http.metric("eventlens_fold_batches_waiting", null, "admin", "admin").orElse(0) == 1);
            assertThat(http.get("/actuator/health/readiness").statusCode()).as("waiting for a moment").isEqualTo(200);

            // Instead of waiting past the limit (60 s): the batch was stored two minutes ago.
            jdbc.sql("update event_publication set publication_date = publication_date - interval '2 minutes' "
                    + "where completion_date is null and event_type like '%InteractionsRecorded'").update();
            HttpResponse<String> readiness = http.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(json.readTree(readiness.body()).get("status").asString()).isEqualTo("DOWN");
            assertThat(http.get("/actuator/health/liveness").statusCode()).as("alive all the same").isEqualTo(200);
            assertThat(metric("eventlens_fold_lag_seconds", null)).isGreaterThanOrEqualTo(120);
        }
        Rollups.awaitApplied(jdbc, event.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/actuator/health/readiness").statusCode() == 200);
    }

    private double metric(String name, String label) {
        return http.metric(name, label, "admin", "admin").orElseThrow(() -> new AssertionError("no series " + name
                + (label == null ? "" : "{" + label + "}") + " in /actuator/prometheus"));
    }

    private static Map<String, Object> live(TestEvent event, UUID user) {
        return Map.of("id", UUID.randomUUID(), "type", "VIEW", "userId", user, "occurredAt", "2022-02-02T15:01:00Z",
                "sessionId", event.keynote(), "mode", "LIVE", "seconds", 10, "engaged", true);
    }

    @SafeVarargs
    private String batch(Map<String, Object>... interactions) {
        return json.writeValueAsString(Map.of("interactions", List.of(interactions)));
    }
}
