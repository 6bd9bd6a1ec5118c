package com.eventlens.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;

import com.eventlens.testing.Applications;
import com.eventlens.testing.ConsoleHttp;
import com.eventlens.testing.ProductionJar;

/**
 * Issue 12's recovery: the console is killed ({@code kill -9} of its process group, database included, as a power cut
 * would) with a backlog of stored batches that were never folded; it starts again on the same data, and the clock
 * runs until the rollups caught up. Meanwhile new batches arrive, and their fold is timed too: they must not wait for
 * the whole backlog. Then the figures must still add up (exactly once).
 *
 * <p>This section runs a console of its own — the packaged jar ({@code target/eventlens.jar}) in a process of its own,
 * on a durable embedded database of its own — because the benchmark's application cannot kill itself. The backlog is
 * made by holding the event's fold lock from outside while the batches are stored, as a fold that never ends would.
 */
final class RecoveryBenchmark implements BenchmarkSection {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "recovery-benchmark-password";
    private static final int PEOPLE = 2_000;
    private static final int NEW_BATCHES = 10;

    @Override
    public String name() {
        return "recovery";
    }

    @Override
    public String title() {
        return "Recovery — killed with a backlog of stored, unfolded batches, restarted, timed until caught up";
    }

    @Override
    public void run(BenchmarkApp app, LargeEvent large, BenchmarkSettings settings, Report.Section out) throws Exception {
        int backlogBatches = settings.recoveryBatches();
        int batchSize = Math.min(settings.batchSize(), 1_000);
        Path data = settings.output().resolve("recovery-postgres-" + System.currentTimeMillis()).toAbsolutePath();
        int databasePort = Applications.freePort();
        String[] arguments = {"--eventlens.embedded-database.data-directory=" + data,
                "--eventlens.embedded-database.port=" + databasePort, "--eventlens.demo.mode=off",
                "--eventlens.bootstrap-admin.username=" + ADMIN, "--eventlens.bootstrap-admin.password=" + PASSWORD,
                // The backlog is made on purpose: neither back-pressure nor readiness may stand in the way.
                "--eventlens.ingest.max-fold-lag=1h", "--eventlens.ingest.max-batches-waiting=1000000",
                "--eventlens.readiness.max-fold-lag=1h", "--logging.level.root=warn"};
        SplittableRandom random = new SplittableRandom(settings.seed() + 3);
        UUID eventId = LargeEvent.uuid(random);
        UUID session = LargeEvent.uuid(random);
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(LargeEvent.uuid(random));
        }
        List<String> batches = new ArrayList<>();
        for (int b = 0; b < backlogBatches + NEW_BATCHES; b++) {
            batches.add(batch(random, people, session, batchSize));
        }

        String token;
        try (ProductionJar first = ProductionJar.start("recovery-first", arguments)) {
            token = importEvent(first.http(), eventId, session, people);
            try (Connection lock = connect(data, databasePort)) {
                holdFolds(lock, eventId);
                for (int b = 0; b < backlogBatches; b++) {
                    HttpResponse<String> stored = first.http().ingest(eventId, token, batches.get(b));
                    if (stored.statusCode() != 202) {
                        throw new IllegalStateException("Batch " + b + " was not stored: " + stored.statusCode() + " "
                                + stored.body());
                    }
                }
                long waiting = waitingBatches(lock);
                Benchmark.log("Recovery: %,d batches stored, %,d of them waiting for their fold; kill -9", backlogBatches,
                        waiting);
                out.row("Backlog at the kill", String.format("%,d batches of %,d", waiting, batchSize),
                        "stored and acknowledged, never folded (the fold lock was held from outside)");
                first.signalProcessGroup("KILL");
                first.awaitExit(Duration.ofSeconds(30));
            }
        }
        awaitPostmasterGone(data);

        long restarted = System.nanoTime();
        try (ProductionJar second = ProductionJar.start("recovery-second", arguments);
             Connection db = connect(data, databasePort)) {
            long ready = System.nanoTime();
            // New batches arrive as soon as it is ready: they take their turn, not the whole backlog's.
            long[] newBatchesStored = new long[1];
            Thread player = Thread.ofPlatform().start(() -> {
                for (int b = backlogBatches; b < backlogBatches + NEW_BATCHES; b++) {
                    second.http().ingest(eventId, token, batches.get(b));
                }
                newBatchesStored[0] = System.nanoTime();
            });
            long caughtUpBacklog = awaitApplied(db, eventId, backlogBatches);
            player.join();
            long caughtUpAll = awaitApplied(db, eventId, backlogBatches + NEW_BATCHES);
            out.row("Restart until ready", millis(ready - restarted), "process start → readiness UP: the JVM, the "
                    + "embedded PostgreSQL (with its crash recovery) and the console start");
            out.row("Restart until the backlog is folded", millis(caughtUpBacklog - restarted),
                    "the issue measured 101 s for 282 batches of 1,000 before");
            out.row("  of which after readiness", millis(Math.max(0, caughtUpBacklog - ready)), String.format(
                    "%,.0f interactions/s from readiness on", (double) backlogBatches * batchSize
                            / (Math.max(1, caughtUpBacklog - ready) / 1e9)));
            out.row("New batches sent meanwhile, folded", millis(caughtUpAll - newBatchesStored[0]) + " after the last",
                    NEW_BATCHES + " batches sent from readiness on; their fold lag after the last 202");
            verify(db, second.http(), eventId, token, batches, backlogBatches + NEW_BATCHES, out);
            Benchmark.log("Recovery: the backlog was folded %,d ms after the restart",
                    (caughtUpBacklog - restarted) / 1_000_000);
        }
    }

    /** Exactly once: every stored batch folded once, the rollups equal the raw rows, a resent batch only duplicates. */
    private static void verify(Connection db, ConsoleHttp http, UUID eventId, String token, List<String> batches,
                               int sent, Report.Section out) throws SQLException {
        long rows = Sql.single(db, "select count(*) from interaction where event_id = ?", eventId);
        long distinctBatches = Sql.single(db, "select count(distinct batch_id) from interaction where event_id = ?", eventId);
        long applied = Sql.single(db, "select count(*) from analytics_applied_batch where event_id = ?", eventId);
        long raw = Sql.single(db, "select coalesce(sum(seconds), 0) from interaction where event_id = ?", eventId);
        long rolledUp = Sql.single(db, "select coalesce(sum(live_seconds), 0) from user_session_stats where event_id = ?",
                eventId);
        HttpResponse<String> again = http.ingest(eventId, token, batches.getFirst());
        boolean duplicates = again.statusCode() == 202 && again.body().contains("\"accepted\":0");
        boolean ok = distinctBatches == sent && applied == sent && raw == rolledUp && duplicates;
        out.row("Correct after the kill", ok ? "yes" : "NO", String.format("%,d rows; %,d batches stored = %,d folded; "
                        + "live seconds raw %,d = rollup %,d; the first batch sent again: %s", rows, distinctBatches,
                applied, raw, rolledUp, again.body()));
    }

    private static String importEvent(ConsoleHttp http, UUID eventId, UUID session, List<UUID> people) {
        StringBuilder json = new StringBuilder("""
                {"id": "%s", "name": "Recovery benchmark", "startsAt": "2026-03-10T14:00:00Z",
                 "endsAt": "2026-03-10T18:00:00Z", "timeZone": "UTC",
                 "sessions": [{"id": "%s", "name": "Keynote", "type": "LIVE_WEBCAST", "startsAt": "2026-03-10T14:00:00Z",
                               "endsAt": "2026-03-10T15:00:00Z"}],
                 "people": [""".formatted(eventId, session));
        for (int i = 0; i < people.size(); i++) {
            json.append(i == 0 ? "" : ",").append("""
                    {"id": "%s", "firstName": "Person", "lastName": "%d", "email": "person.%d@recovery.example",
                     "roles": ["ATTENDEE"], "registrationType": "REGISTRATION", "status": "REGISTERED"}"""
                    .formatted(people.get(i), i, i));
        }
        HttpResponse<String> created = http.post("/api/v1/events", ADMIN, PASSWORD, json.append("]}").toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("The event was not imported: " + created.statusCode() + " " + created.body());
        }
        return created.body().replaceAll(".*\"ingestToken\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static String batch(SplittableRandom random, List<UUID> people, UUID session, int size) {
        StringBuilder json = new StringBuilder(size * 200).append("{\"interactions\":[");
        Instant start = Instant.parse("2026-03-10T14:00:00Z");
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append("""
                    {"id":"%s","type":"VIEW","userId":"%s","occurredAt":"%s","sessionId":"%s","mode":"LIVE","seconds":10,\
                    "engaged":%b}""".formatted(LargeEvent.uuid(random), people.get(random.nextInt(people.size())),
                    start.plusSeconds(random.nextInt(3_600)), session, random.nextBoolean()));
        }
        return json.append("]}").toString();
    }

    /** The embedded server's superuser, from the passwords file beside its data (decision record 9). */
    private static Connection connect(Path data, int port) throws Exception {
        Properties credentials = new Properties();
        try (var in = Files.newBufferedReader(data.resolveSibling(data.getFileName() + ".credentials"))) {
            credentials.load(in);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/eventlens", "postgres",
                credentials.getProperty("superuser.password"));
    }

    /** The event's fold lock (analytics.internal.Rollups#lockEvent), held by this connection until it closes. */
    private static void holdFolds(Connection connection, UUID eventId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(20220202, hashtext(?::text))")) {
            lock.setObject(1, eventId);
            lock.execute();
        }
    }

    private static long waitingBatches(Connection db) throws SQLException {
        return Sql.single(db, "select count(*) from event_publication where completion_date is null "
                + "and event_type like '%InteractionsRecorded'");
    }

    /** A killed postmaster may take a moment to go; the next start needs its data directory free. */
    private static void awaitPostmasterGone(Path data) throws InterruptedException {
        for (int i = 0; i < 100 && Files.exists(data.resolve("postmaster.pid")); i++) {
            String pid;
            try {
                pid = Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim();
            } catch (java.io.IOException gone) {
                return;
            }
            if (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                ProductionJar.kill("KILL", pid);
                Thread.sleep(100);
            } else {
                return;
            }
        }
    }

    private static long awaitApplied(Connection db, UUID eventId, long batches) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (Sql.single(db, "select count(*) from analytics_applied_batch where event_id = ?", eventId) < batches) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The rollups did not catch up with " + batches + " batches");
            }
            Thread.sleep(20);
        }
        return System.nanoTime();
    }

    private static String millis(long nanos) {
        return String.format("%,d ms", nanos / 1_000_000);
    }
}
