package com.eventlens.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.eventlens.analytics.RollupMaintenance;

/**
 * Issue 12's "the rebuild equals the incremental rollups", at the benchmark's scale: after the ingest section folded its
 * batches into the rollups one fold at a time, every rollup table of the event is fingerprinted, the event is rebuilt
 * from all its raw interactions (timed), and fingerprinted again. The fingerprints must be equal.
 */
final class RebuildBenchmark implements BenchmarkSection {

    /** Each rollup table of the event, as rows in a stable order (the applied batches' time is not a figure). */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        for (String table : List.of("user_session_stats", "user_session_poll", "user_attachment", "session_attachment",
                "session_stats", "user_video_stats", "video_stats", "analytics_event_state", "live_presence",
                "live_viewers", "user_event_stats", "event_stats", "video_completion", "analytics_status_count")) {
            TABLES.put(table, "select t::text from " + table + " t where event_id = ?");
        }
        TABLES.put("analytics_applied_batch", "select batch_id::text from analytics_applied_batch where event_id = ?");
    }

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public String title() {
        return "Rebuild — every rollup of the event recomputed from its raw interactions, compared with the incremental ones";
    }

    @Override
    public void run(BenchmarkApp app, LargeEvent event, BenchmarkSettings settings, Report.Section out) throws Exception {
        long interactions;
        Map<String, String> incremental;
        try (Connection db = app.connectAsSuperuser()) {
            interactions = Sql.single(db, "select count(*) from interaction where event_id = ?", event.id);
            incremental = fingerprints(db, event);
        }
        long started = System.nanoTime();
        app.bean(RollupMaintenance.class).rebuild(event.id);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, String> rebuilt;
        try (Connection db = app.connectAsSuperuser()) {
            rebuilt = fingerprints(db, event);
        }
        out.row("Rebuild of the event", String.format("%.1f s", seconds), String.format("%,d raw interactions, "
                + "%,.0f a second", interactions, interactions / seconds));
        List<String> differing = TABLES.keySet().stream().filter(table -> !incremental.get(table).equals(rebuilt.get(table)))
                .toList();
        out.row("Rebuild = incremental rollups", differing.isEmpty() ? "yes" : "NO: " + String.join(", ", differing),
                "fingerprints (count and hash of every row's text) of " + String.join(", ", TABLES.keySet()));
        Benchmark.log("Rebuild of %,d interactions in %.1f s; equal to the incremental rollups: %s", interactions, seconds,
                differing.isEmpty());
    }

    private static Map<String, String> fingerprints(Connection db, LargeEvent event) throws SQLException {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            try (PreparedStatement query = db.prepareStatement(
                    "select count(*) || '/' || coalesce(sum(hashtext(row)::int8), 0) from (" + table.getValue() + ") rows(row)")) {
                query.setObject(1, event.id);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    fingerprints.put(table.getKey(), rs.getString(1));
                }
            }
        }
        return fingerprints;
    }
}
