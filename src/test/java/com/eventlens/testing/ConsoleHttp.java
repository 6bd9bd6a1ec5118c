package com.eventlens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalDouble;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A running console seen from outside, over HTTP only: what a player, an integration or an operator does. Works the
 * same against a test's own server and against the packaged jar in its own process.
 */
public final class ConsoleHttp {

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ConsoleHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET with a console account's credentials (HTTP Basic). */
    public HttpResponse<String> get(String path, String username, String password) {
        return send(request(path).GET().header("Authorization", basic(username, password)));
    }

    /** A POST with a console account's credentials (HTTP Basic). */
    public HttpResponse<String> post(String path, String username, String password, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", basic(username, password)).header("Content-Type", "application/json"));
    }

    /** A PUT with a console account's credentials (HTTP Basic). */
    public HttpResponse<String> put(String path, String username, String password, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", basic(username, password)).header("Content-Type", "application/json"));
    }

    /** A batch of interactions, as a player sends it with its event's ingest token. */
    public HttpResponse<String> ingest(UUID eventId, String ingestToken, String json) {
        return send(request("/api/v1/events/" + eventId + "/interactions")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + ingestToken).header("Content-Type", "application/json"));
    }

    /** The value of one series of the Prometheus page, e.g. {@code eventlens_interactions_accepted_total{event="…"}}. */
    public OptionalDouble metric(String name, String label, String adminUsername, String adminPassword) {
        String page = get("/actuator/prometheus", adminUsername, adminPassword).body();
        return page.lines()
                .filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> label == null || line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    /** Waits until every stored batch is in the rollups, as an operator would see it: no batch waiting. */
    public void awaitRollupsCaughtUp(String adminUsername, String adminPassword) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                metric("eventlens_fold_batches_waiting", null, adminUsername, adminPassword).orElse(-1) == 0);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
