package com.eventlens.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.eventlens.analytics.RollupMaintenance;

/**
 * SPEC.md §5's scale: the raw table of the large event filled to {@code benchmark.scaleInteractions} (50 M by
 * default) before the other sections run on it, so that their ingest, fold lag, ceiling and dashboards are measured
 * at that size. The fill is a set-up shortcut, said as such in the report: the generator's interactions (batches of
 * their own ids, never sent through the API) are {@code COPY}ed into {@code interaction} — the same rows the ingest
 * would store — and then the product's own rebuild ({@link RollupMaintenance#rebuild}) computes every rollup from
 * them, timed: the rebuild of an event of that size is one of the figures.
 */
final class ScaleBenchmark implements BenchmarkSection {

    /** The fill's batches are numbered from here, far from the API's, so that their ids never meet. */
    static final int FIRST_BATCH = 100_000_000;
    /** Batches generated (in parallel) and written per round of the COPY. */
    private static final int BATCHES_PER_ROUND = 64;

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String title() {
        return "Scale — the raw table filled before the other sections, the rebuild of the event timed";
    }

    @Override
    public void run(BenchmarkApp app, LargeEvent event, BenchmarkSettings settings, Report.Section out) throws Exception {
        InteractionGenerator generator = new InteractionGenerator(event, settings);
        long target = settings.scaleInteractions();
        int batches = (int) ((target + settings.batchSize() - 1) / settings.batchSize());
        SplittableRandom random = new SplittableRandom(settings.seed() + 2);
        UUID[] batchIds = new UUID[batches];
        for (int b = 0; b < batches; b++) {
            batchIds[b] = LargeEvent.uuid(random);
        }
        // Received over the time before the benchmark: a batch every 100 ms, ending now.
        Instant end = Instant.now();

        long started = System.nanoTime();
        long copied = 0;
        try (Connection connection = app.connectAsSuperuser()) {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy interaction (" + InteractionGenerator.COPY_COLUMNS + ") from stdin");
            try {
                for (int from = 0; from < batches; from += BATCHES_PER_ROUND) {
                    int first = from;
                    byte[][] round = IntStream.range(first, Math.min(batches, first + BATCHES_PER_ROUND)).parallel()
                            .mapToObj(b -> generator.copyRows(FIRST_BATCH + b,
                                    (int) Math.min(settings.batchSize(), target - (long) b * settings.batchSize()),
                                    event.id, batchIds[b],
                                    end.minusMillis(100L * (batches - b)).toString()))
                            .toArray(byte[][]::new);
                    for (byte[] rows : round) {
                        in.writeToCopy(rows, 0, rows.length);
                    }
                    if ((from / BATCHES_PER_ROUND) % 500 == 0) {
                        Benchmark.log("  fill: %,d of %,d batches after %,d s", from, batches,
                                (System.nanoTime() - started) / 1_000_000_000);
                    }
                }
                copied = in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze interaction");
            }
        }
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        Benchmark.log("Filled %,d interactions by COPY in %.0f s; rebuilding the event's rollups", copied, fillSeconds);
        out.row("Interactions stored before the other sections", String.format("%,d", copied),
                String.format("one event of %,d registrations; set-up: COPY into interaction (%,.0f rows/s, %.0f s), "
                        + "not the API", event.people.length, copied / fillSeconds, fillSeconds));

        started = System.nanoTime();
        app.bean(RollupMaintenance.class).rebuild(event.id);
        double rebuildSeconds = (System.nanoTime() - started) / 1e9;
        out.row("Rebuild of the event's rollups", String.format("%.1f s", rebuildSeconds),
                String.format("RollupMaintenance.rebuild: every rollup from %,d raw interactions (%,.0f a second)",
                        copied, copied / rebuildSeconds));
        Benchmark.log("Rebuilt in %.1f s", rebuildSeconds);
        footprint(app, out, copied);
    }

    /** PostgreSQL's size on disk and the JVM's heap, also per million stored interactions. */
    static void footprint(BenchmarkApp app, Report.Section out, long interactions) throws SQLException {
        double millions = interactions / 1e6;
        try (Connection db = app.connectAsSuperuser(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("""
                     select pg_database_size(current_database()), pg_total_relation_size('interaction'),
                            pg_indexes_size('interaction'),
                            (select sum(pg_total_relation_size(c.oid)) from pg_class c
                             where c.relkind = 'r' and (c.relname like 'user\\_%' or c.relname like '%\\_stats'
                                                        or c.relname like 'session\\_attachment'))""")) {
            rs.next();
            out.row("PostgreSQL on disk: database", String.format("%,d MB", rs.getLong(1) >> 20),
                    String.format("%,.0f MB a million interactions", (rs.getLong(1) >> 20) / millions));
            out.row("  interaction (with its indexes)", String.format("%,d MB", rs.getLong(2) >> 20),
                    String.format("%,.0f MB a million; indexes %,d MB (primary key, BRIN)", (rs.getLong(2) >> 20) / millions,
                            rs.getLong(3) >> 20));
            out.row("  rollups", String.format("%,d MB", rs.getLong(4) >> 20), "user_* and *_stats tables with indexes");
        }
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.row("JVM heap in use after a GC", String.format("%,d MB", heap.getUsed() >> 20),
                String.format("benchmark and console in one JVM, %,.1f MB a million stored interactions: the console "
                        + "keeps no stored rows, only the batches waiting for their fold (bounded by back-pressure)",
                        (heap.getUsed() >> 20) / millions));
    }
}
