package com.eventlens.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * SPEC.md §5 "ingest ≥ 100,000 interactions/s end to end": concurrent clients POST pre-serialised batches to
 * the ingest API, as players (or a collector in front of them) would. Measures interactions accepted per second
 * of wall time, the latency of a batch request, and how long after the last 202 the rollups have folded every
 * stored batch (what a dashboard shows). Then verifies that nothing was lost or counted twice, and measures
 * the ceiling: the same rows COPYed from one connection into a table without indexes or keys.
 */
final class IngestBenchmark implements BenchmarkSection {

    private static final Pattern RECEIPT = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+).*\"duplicates\"\\s*:\\s*(\\d+)");
    private static final Duration FOLD_TIMEOUT = Duration.ofMinutes(30);

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String title() {
        return "Ingest — POST /api/v1/events/{eventId}/interactions";
    }

    @Override
    public void run(BenchmarkApp app, LargeEvent event, BenchmarkSettings settings, Report.Section out)
            throws Exception {
        InteractionGenerator generator = new InteractionGenerator(event, settings);
        int batches = settings.batches();
        int warmup = settings.warmupBatches();

        byte[][] bodies = null;
        long bodyBytes = 0;
        if (settings.pregenerate()) {
            long started = System.nanoTime();
            bodies = new byte[batches][];
            byte[][] filled = bodies;
            IntStream.range(0, batches).parallel().forEach(b -> filled[b] = generator.json(b));
            for (byte[] body : bodies) {
                bodyBytes += body.length;
            }
            Benchmark.log("Serialised %,d request bodies (%,d MB) in %,d ms", batches, bodyBytes >> 20,
                    (System.nanoTime() - started) / 1_000_000);
        }

        byte[][] prepared = bodies;
        Requests requests = new Requests(app.uri("/api/v1/events/" + event.id + "/interactions"), event.ingestToken,
                batches, prepared, generator);
        try (Connection db = app.connect()) {
            // What an earlier section (scale) stored before: every check below counts only what this one adds.
            Stored before = new Stored(Sql.single(db, "select count(*) from interaction where event_id = ?", event.id),
                    appliedBatches(db, event.id));
            // Warm-up: the JIT, the pools and the statement caches, then its rollups, all before the clock.
            for (int b = 0; b < warmup; b++) {
                requests.send(b);
            }
            awaitFolded(db, event.id, before.batches() + requests.storedBatches(), FOLD_TIMEOUT);
            Benchmark.log("Warm-up: %d batches sent and folded; %d clients start now", warmup, settings.clients());

            StatementStatistics statements = StatementStatistics.start(app);
            ActivitySampler sampler = new ActivitySampler(app, 250);
            CpuMeter cpu = CpuMeter.of(app);
            CpuMeter.Snapshot cpuAtStart = cpu.snapshot();
            AtomicInteger next = new AtomicInteger(warmup);
            long started = System.nanoTime();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < settings.clients(); c++) {
                clients.add(Thread.ofPlatform().name("benchmark-client-" + c).start(() -> {
                    for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                        requests.send(b);
                        if (prepared != null) {
                            prepared[b] = null; // sent: let it go
                        }
                    }
                }));
            }
            Thread progress = Thread.ofPlatform().daemon().start(() -> reportProgress(next, batches, warmup, started));
            for (Thread client : clients) {
                client.join();
            }
            long finished = System.nanoTime();
            CpuMeter.Snapshot cpuAtEnd = cpu.snapshot();
            progress.interrupt();
            long lastAccepted = requests.lastAcceptedAt.get();
            long foldedAtLast202 = appliedBatches(db, event.id);

            // Rollup lag: from the last 202 until every stored batch is folded (dashboards show the last batch).
            long stored = requests.storedBatches();
            long caughtUp = awaitFolded(db, event.id, before.batches() + stored, FOLD_TIMEOUT);
            sampler.close();
            Benchmark.log("Load done; rollups caught up %,d ms after the last 202", (caughtUp - lastAccepted) / 1_000_000);

            long timedAccepted = requests.accepted(warmup, batches);
            int timedBatches = batches - warmup;
            double wall = (finished - started) / 1e9;
            long[] latencies = requests.latencies(warmup, batches);
            long lagMillis = (caughtUp - lastAccepted) / 1_000_000;
            long backlog = before.batches() + stored - foldedAtLast202;

            out.row("Interactions accepted (timed)", String.format("%,d", timedAccepted),
                    String.format("%,d batches of %,d; plus %,d warm-up batches (not timed)", timedBatches,
                            settings.batchSize(), warmup));
            out.row("Wall time", String.format("%.2f s", wall), "first request sent → last response received");
            out.row("Ingest throughput", String.format("%,.0f interactions/s", timedAccepted / wall),
                    "accepted rows ÷ wall time, " + settings.clients() + " concurrent clients; SPEC target ≥ 100,000");
            out.row("Batch requests/s", String.format("%,.1f", timedBatches / wall), null);
            out.row("Refused for back-pressure", String.format("%,d", requests.refused.get()),
                    "429 or 503 answers, each batch sent again after its Retry-After (its latency includes the wait)");
            out.row("Batch latency p50", millis(percentile(latencies, 0.50)), "one POST, client-side, request → 202");
            out.row("Batch latency p99", millis(percentile(latencies, 0.99)), null);
            out.row("Batch latency max", millis(latencies[latencies.length - 1]), null);
            if (bodyBytes > 0) {
                out.row("Request body size", String.format("%,d bytes avg", bodyBytes / batches),
                        String.format("%,d bytes an interaction", bodyBytes / settings.interactions()));
            }
            out.row("Batches not yet folded at the last 202", String.format("%,d of %,d", backlog, stored),
                    "rollups fold asynchronously, one batch at a time per event");
            out.row("Rollup lag after the last 202", String.format("%,d ms", lagMillis),
                    "until analytics_applied_batch counts every stored batch; SPEC target ≤ 2,000 ms");
            if (backlog > 0 && lagMillis > 0) {
                out.row("Rollup fold rate (catch-up)", String.format("%,.0f interactions/s",
                        backlog * (double) settings.batchSize() / (lagMillis / 1000.0)),
                        String.format("%,.1f batches/s while only folding", backlog / (lagMillis / 1000.0)));
            }
            out.row("Throughput until visible", String.format("%,.0f interactions/s",
                    timedAccepted / ((caughtUp - started) / 1e9)), "accepted rows ÷ (first request → rollups caught up)");

            verify(db, event, requests, before, out);
            CpuMeter.report(cpuAtStart, cpuAtEnd, out, "cores used on average during the timed load");
            sampler.report(out, app.poolSize());
            statements.report(out, timedAccepted, 12);
            requests.reportErrors(out);
        }

        ceiling(app, event, generator, settings, out, Keys.NONE);
        if (settings.indexedCeiling()) {
            ceiling(app, event, generator, settings, out, Keys.PRIMARY_KEY);
            ceiling(app, event, generator, settings, out, Keys.PRIMARY_KEY_AND_BATCH_INDEX);
        }
    }

    /** Interactions and folded batches of the event before this section. */
    private record Stored(long rows, long batches) {
    }

    /** The figures must add up: every accepted interaction stored once, every stored batch folded once. */
    private static void verify(Connection db, LargeEvent event, Requests requests, Stored before, Report.Section out)
            throws SQLException {
        long accepted = requests.accepted(0, requests.batches);
        long duplicates = requests.duplicates();
        long rows = Sql.single(db, "select count(*) from interaction where event_id = ?", event.id) - before.rows();
        long distinctBatches = Sql.single(db, "select count(distinct batch_id) from interaction where event_id = ?", event.id);
        long applied = appliedBatches(db, event.id);
        long viewSeconds = Sql.single(db, "select coalesce(sum(seconds), 0) from interaction where event_id = ? "
                + "and mode in ('LIVE', 'RECORDING')", event.id);
        long rolledUpSeconds = Sql.single(db, "select coalesce(sum(live_seconds + recording_seconds), 0) "
                + "from user_session_stats where event_id = ?", event.id);
        long onDemandSeconds = Sql.single(db, "select coalesce(sum(seconds), 0) from interaction where event_id = ? "
                + "and mode = 'ON_DEMAND'", event.id);
        long rolledUpOnDemand = Sql.single(db, "select coalesce(sum(seconds), 0) from user_video_stats where event_id = ?",
                event.id);
        long reactions = Sql.single(db, "select count(*) from interaction where event_id = ? and type = 'REACTION'", event.id);
        long rolledUpReactions = Sql.single(db, "select coalesce(sum(reactions), 0) from session_stats where event_id = ?",
                event.id);
        long openPublications = Sql.single(db, "select count(*) from event_publication where completion_date is null");
        long tableBytes = Sql.single(db, "select pg_total_relation_size('interaction')");

        boolean ok = accepted == rows && duplicates == 0 && requests.failures() == 0 && distinctBatches == applied
                && applied == before.batches() + requests.storedBatches() && viewSeconds == rolledUpSeconds
                && onDemandSeconds == rolledUpOnDemand && reactions == rolledUpReactions && openPublications == 0;
        out.row("Correct", ok ? "yes" : "NO", "all of the checks below hold");
        out.row("  accepted (all batches) = rows stored", String.format("%,d = %,d", accepted, rows),
                (before.rows() == 0 ? "" : String.format("rows beyond the %,d stored before; ", before.rows()))
                        + String.format("duplicates reported: %,d; failed requests: %,d", duplicates,
                        requests.failures()));
        out.row("  stored batches = folded batches", String.format("%,d = %,d", distinctBatches, applied),
                "count(distinct batch_id) of interaction vs analytics_applied_batch");
        out.row("  session seconds: raw = rollup", String.format("%,d = %,d", viewSeconds, rolledUpSeconds), null);
        out.row("  on-demand seconds: raw = rollup", String.format("%,d = %,d", onDemandSeconds, rolledUpOnDemand), null);
        out.row("  reactions: raw = rollup", String.format("%,d = %,d", reactions, rolledUpReactions), null);
        out.row("  incomplete event publications", Long.toString(openPublications), "Modulith registry after the run");
        out.row("interaction table size", String.format("%,d MB", tableBytes >> 20),
                // Per row of the whole table: it also holds what an earlier section (scale) stored.
                String.format("%,d bytes a row with its indexes", rows + before.rows() == 0 ? 0
                        : tableBytes / (rows + before.rows())));
    }

    /**
     * The ceiling: the very interactions sent through the API (same ids and values, one batch id a batch), COPYed
     * over one connection into a plain logged table made with {@code like interaction including defaults}: no
     * primary key, no index. With {@code indexed}, the same table gets the primary key and batch index that
     * {@code interaction} has, to show what index maintenance costs.
     */
    /** Which of interaction's keys the ceiling's table gets. */
    enum Keys {
        NONE, PRIMARY_KEY, PRIMARY_KEY_AND_BATCH_INDEX
    }

    private static void ceiling(BenchmarkApp app, LargeEvent event, InteractionGenerator generator,
                                BenchmarkSettings settings, Report.Section out, Keys keys)
            throws SQLException {
        int batches = settings.batches();
        String receivedAt = Instant.now().toString();
        SplittableRandom random = new SplittableRandom(settings.seed() + 1);
        UUID[] batchIds = new UUID[batches];
        for (int b = 0; b < batches; b++) {
            batchIds[b] = LargeEvent.uuid(random);
        }
        byte[][] rows = null;
        if (settings.pregenerate()) {
            rows = new byte[batches][];
            byte[][] filled = rows;
            IntStream.range(0, batches).parallel()
                    .forEach(b -> filled[b] = generator.copyRows(b, event.id, batchIds[b], receivedAt));
        }
        try (Connection connection = app.connectAsSuperuser(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists benchmark_copy_ceiling");
            statement.execute("create table benchmark_copy_ceiling (like interaction including defaults)");
            if (keys != Keys.NONE) {
                statement.execute("alter table benchmark_copy_ceiling add primary key (event_id, id)");
            }
            if (keys == Keys.PRIMARY_KEY_AND_BATCH_INDEX) {
                statement.execute("create index on benchmark_copy_ceiling (event_id, batch_id)");
            }
            statement.execute("checkpoint");
            long started = System.nanoTime();
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy benchmark_copy_ceiling (" + InteractionGenerator.COPY_COLUMNS + ") from stdin");
            long copied;
            try {
                for (int b = 0; b < batches; b++) {
                    byte[] chunk = rows != null ? rows[b] : generator.copyRows(b, event.id, batchIds[b], receivedAt);
                    in.writeToCopy(chunk, 0, chunk.length);
                    if (rows != null) {
                        rows[b] = null;
                    }
                }
                copied = in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            statement.execute("drop table benchmark_copy_ceiling");
            if (copied != settings.interactions()) {
                throw new IllegalStateException("COPY stored " + copied + " of " + settings.interactions() + " rows");
            }
            switch (keys) {
                case NONE -> out.row("Ceiling: COPY, no indexes or keys", String.format("%,.0f rows/s", copied / seconds),
                        String.format("%,d rows in %.2f s, one connection, plain logged table (like interaction)",
                                copied, seconds));
                case PRIMARY_KEY -> out.row("COPY, same table with the primary key", String.format("%,.0f rows/s",
                        copied / seconds), String.format("%,d rows in %.2f s; (event_id, id), for comparison", copied,
                        seconds));
                case PRIMARY_KEY_AND_BATCH_INDEX -> out.row("COPY, same table with PK + batch index",
                        String.format("%,.0f rows/s", copied / seconds),
                        String.format("%,d rows in %.2f s; the indexes interaction has, for comparison", copied, seconds));
            }
            Benchmark.log("COPY %s: %,d rows in %.2f s", keys, copied, seconds);
        }
    }

    private static void reportProgress(AtomicInteger next, int batches, int warmup, long started) {
        try {
            while (true) {
                Thread.sleep(10_000);
                int sent = Math.min(next.get(), batches) - warmup;
                Benchmark.log("  %,d of %,d timed batches sent after %,d s", sent, batches - warmup,
                        (System.nanoTime() - started) / 1_000_000_000);
            }
        } catch (InterruptedException e) {
            // done
        }
    }

    /** Polls every 10 ms until the event has {@code expected} folded batches; returns System.nanoTime() then. */
    private static long awaitFolded(Connection db, UUID eventId, long expected, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from analytics_applied_batch where event_id = ?")) {
            query.setObject(1, eventId);
            while (true) {
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= expected) {
                        return System.nanoTime();
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The rollups did not fold " + expected + " batches within " + timeout);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static long appliedBatches(Connection db, UUID eventId) throws SQLException {
        return Sql.single(db, "select count(*) from analytics_applied_batch where event_id = ?", eventId);
    }

    private static long percentile(long[] sorted, double p) {
        return Latencies.percentile(sorted, p);
    }

    private static String millis(long nanos) {
        return Latencies.millis(nanos);
    }

    /** The client side: sends batch b and keeps its status, receipt and latency. */
    private static final class Requests {

        final int batches;
        private final URI uri;
        private final String token;
        private final byte[][] bodies;
        private final InteractionGenerator generator;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final int[] status;
        private final int[] accepted;
        private final int[] duplicates;
        private final long[] latency;
        private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong lastAcceptedAt = new AtomicLong();
        /** Answers 429 or 503 (back-pressure), each followed by the same batch again after its Retry-After. */
        final AtomicLong refused = new AtomicLong();

        Requests(URI uri, String token, int batches, byte[][] bodies, InteractionGenerator generator) {
            this.uri = uri;
            this.token = token;
            this.batches = batches;
            this.bodies = bodies;
            this.generator = generator;
            this.status = new int[batches];
            this.accepted = new int[batches];
            this.duplicates = new int[batches];
            this.latency = new long[batches];
        }

        /**
         * Sends batch b until it is taken: a 429 or 503 (back-pressure) is answered as a player would, by sending it
         * again after its Retry-After.
         */
        void send(int b) {
            byte[] body = bodies != null ? bodies[b] : generator.json(b);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                while (response.statusCode() == 429 || response.statusCode() == 503) {
                    refused.incrementAndGet();
                    long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(retryAfter * 1000);
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                }
                long done = System.nanoTime();
                latency[b] = done - started;
                status[b] = response.statusCode();
                Matcher receipt = RECEIPT.matcher(response.body());
                if (response.statusCode() == 202 && receipt.find()) {
                    accepted[b] = Integer.parseInt(receipt.group(1));
                    duplicates[b] = Integer.parseInt(receipt.group(2));
                    lastAcceptedAt.accumulateAndGet(done, Math::max);
                } else if (errors.size() < 5) {
                    errors.add("batch " + b + ": HTTP " + response.statusCode() + " "
                            + response.body().substring(0, Math.min(500, response.body().length())));
                }
            } catch (IOException e) {
                latency[b] = System.nanoTime() - started;
                status[b] = -1;
                errors.add("batch " + b + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        long accepted(int from, int to) {
            long sum = 0;
            for (int b = from; b < to; b++) {
                sum += accepted[b];
            }
            return sum;
        }

        long duplicates() {
            return Arrays.stream(duplicates).asLongStream().sum();
        }

        long failures() {
            return Arrays.stream(status).filter(s -> s != 0 && s != 202).count();
        }

        /** Batches that stored something: each is one batch id, one InteractionsRecorded, one fold. */
        long storedBatches() {
            return Arrays.stream(accepted).filter(n -> n > 0).count();
        }

        long[] latencies(int from, int to) {
            long[] sorted = Arrays.copyOfRange(latency, from, to);
            Arrays.sort(sorted);
            return sorted;
        }

        void reportErrors(Report.Section out) {
            if (!errors.isEmpty()) {
                out.note("Failed requests (first " + errors.size() + "):");
                errors.forEach(error -> out.note("  " + error));
            }
        }
    }
}
