package com.eventlens.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.eventlens.testing.Applications;
import com.eventlens.testing.DevKafkaBroker;
import com.eventlens.testing.ProductionJar;

/**
 * Issue 15's cluster mode, beside the single process in the same run: the same load (batches of the large event, new
 * ones) first to the benchmark's own application (one process: ingest, fold, console), then to two ingest nodes and one
 * fold node — the packaged jar in processes of their own, on the same PostgreSQL, with the development Kafka broker
 * ({@link DevKafkaBroker}) in this JVM. Each gets {@code benchmark.warmupBatches} batches first, folded before the
 * clock starts. Measured for each: the rate at which the ingest acknowledged the batches, and
 * how long after the last {@code 202} the rollups had folded them all (the fold lag). On this 2-core machine the
 * cluster's processes compete for the same cores as the single process does not: the figures say what cluster mode
 * costs here, not what more machines would give.
 */
final class ClusterBenchmark implements BenchmarkSection {

    /** Batch numbers of this section: past every other section's, so that every interaction is new. */
    private static final int SINGLE_FROM = 50_000_000;
    private static final int CLUSTER_FROM = 60_000_000;

    private record Run(long interactions, long acknowledgedNanos, long lagNanos, long refused) {

        double rate() {
            return interactions / (acknowledgedNanos / 1e9);
        }
    }

    @Override
    public String name() {
        return "cluster";
    }

    @Override
    public String title() {
        return "Cluster mode — two ingest nodes and one fold node on Kafka, beside the single process (same run)";
    }

    @Override
    public void run(BenchmarkApp app, LargeEvent event, BenchmarkSettings settings, Report.Section out) throws Exception {
        int batches = settings.quick() ? 100 : 300;
        int warmup = settings.warmupBatches();
        int size = Math.min(settings.batchSize(), 1_000);
        InteractionGenerator generator = new InteractionGenerator(event, settings);

        List<URI> singleProcess = List.of(app.uri("/"));
        load(app, singleProcess, event, generator, SINGLE_FROM - warmup, warmup, size, settings.clients());
        Run single = load(app, singleProcess, event, generator, SINGLE_FROM, batches, size, settings.clients());
        Benchmark.log("Cluster: single process %,.0f interactions/s, lag %,d ms", single.rate(), single.lagNanos() / 1_000_000);

        Path brokerData = settings.output().resolve("cluster-kafka-" + System.currentTimeMillis()).toAbsolutePath();
        Run cluster;
        long[] startups = new long[3];
        try (DevKafkaBroker broker = new DevKafkaBroker(Applications.freePort(), brokerData).start();
             ProductionJar fold = ProductionJar.start("cluster-fold", node(app, broker, "fold"));
             ProductionJar ingestA = ProductionJar.start("cluster-ingest-a", node(app, broker, "ingest"));
             ProductionJar ingestB = ProductionJar.start("cluster-ingest-b", node(app, broker, "ingest"))) {
            startups[0] = fold.startup().toMillis();
            startups[1] = ingestA.startup().toMillis();
            startups[2] = ingestB.startup().toMillis();
            List<URI> ingestNodes = List.of(URI.create(ingestA.baseUrl() + "/"), URI.create(ingestB.baseUrl() + "/"));
            load(app, ingestNodes, event, generator, CLUSTER_FROM - warmup, warmup, size, settings.clients());
            cluster = load(app, ingestNodes, event, generator, CLUSTER_FROM, batches, size, settings.clients());
        }
        Benchmark.log("Cluster: two ingest nodes %,.0f interactions/s, lag %,d ms", cluster.rate(),
                cluster.lagNanos() / 1_000_000);

        String load = String.format("%,d batches of %,d, %d clients, after %d warm-up batches folded", batches, size,
                settings.clients(), warmup);
        out.row("Single process: ingest", String.format("%,.0f interactions/s", single.rate()), load
                + (single.refused() > 0 ? String.format("; %,d answers 429/503, sent again", single.refused()) : ""));
        out.row("Single process: fold lag after the last 202", millis(single.lagNanos()),
                "the benchmark's application: ingest, fold and console in one JVM, rows folded from memory");
        out.row("Cluster: ingest on two nodes", String.format("%,.0f interactions/s", cluster.rate()), load
                + ", the clients taking the two nodes in turn"
                + (cluster.refused() > 0 ? String.format("; %,d answers 429/503, sent again", cluster.refused()) : ""));
        out.row("Cluster: fold lag after the last 202", millis(cluster.lagNanos()),
                "one fold node (consumer group eventlens-fold), batches through Kafka, rows read back from the database");
        out.row("Cluster: ratio to the single process", String.format("ingest %.2f, fold lag %.2f",
                cluster.rate() / single.rate(), (double) cluster.lagNanos() / Math.max(1, single.lagNanos())),
                "4 JVMs (3 nodes + this one with the broker) and PostgreSQL share the 2 cores");
        out.row("Cluster: node start-up", String.format("fold %,d ms, ingest %,d ms and %,d ms", startups[0],
                startups[1], startups[2]), "the production jar until readiness UP, with the broker and the database up");
    }

    /** A node of the cluster on the benchmark's database: no demo data, no back-pressure in the way of the load. */
    private static String[] node(BenchmarkApp app, DevKafkaBroker broker, String roles) {
        return new String[] {"--spring.datasource.url=" + app.jdbcUrl(), "--spring.datasource.username=" + app.user(),
                "--spring.datasource.password=" + app.password(), "--eventlens.demo.mode=off",
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(), "--eventlens.node.roles=" + roles,
                "--eventlens.ingest.max-fold-lag=1h", "--eventlens.ingest.max-batches-waiting=1000000",
                "--eventlens.readiness.max-fold-lag=1h", "--logging.level.root=warn"};
    }

    /**
     * Sends batches {@code from} to {@code from + batches} of {@code size} from {@code clients} threads, each batch to
     * the next of the nodes in turn; then waits until the rollups applied them all.
     */
    private static Run load(BenchmarkApp app, List<URI> nodes, LargeEvent event, InteractionGenerator generator, int from,
                            int batches, int size, int clients) throws Exception {
        long appliedBefore = applied(app, event.id);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong lastAcknowledged = new AtomicLong();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    URI uri = nodes.get(b % nodes.size()).resolve("/api/v1/events/" + event.id + "/interactions");
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + event.ingestToken)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(generator.json(from + b, size))).build();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        while (response.statusCode() == 429 || response.statusCode() == 503) {
                            refused.incrementAndGet();
                            Thread.sleep(response.headers().firstValueAsLong("Retry-After").orElse(1) * 1000);
                            response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        }
                        if (response.statusCode() != 202) {
                            errors.add("HTTP " + response.statusCode() + " " + response.body());
                            return;
                        }
                        accepted.addAndGet(Long.parseLong(response.body().replaceAll(".*\"accepted\":(\\d+).*", "$1")));
                        lastAcknowledged.accumulateAndGet(System.nanoTime(), Math::max);
                    } catch (Exception e) {
                        errors.add(e.toString());
                        return;
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The cluster benchmark's load failed: " + errors.getFirst());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (applied(app, event.id) < appliedBefore + batches) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The rollups did not catch up with " + batches + " batches");
            }
            Thread.sleep(20);
        }
        long caughtUp = System.nanoTime();
        return new Run(accepted.get(), lastAcknowledged.get() - started, caughtUp - lastAcknowledged.get(),
                refused.get());
    }

    private static long applied(BenchmarkApp app, UUID eventId) throws Exception {
        try (Connection db = app.connect()) {
            return Sql.single(db, "select count(*) from analytics_applied_batch where event_id = ?", eventId);
        }
    }

    private static String millis(long nanos) {
        return String.format("%,d ms", nanos / 1_000_000);
    }
}
