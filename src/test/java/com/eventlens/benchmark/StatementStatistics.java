package com.eventlens.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the database's time goes over an interval, by statement ({@code pg_stat_statements}, which the benchmark's
 * embedded server preloads), and how much WAL the interval wrote: each in microseconds or bytes per interaction, the
 * unit the data path's budget is counted in (docs/decisions/0015).
 */
final class StatementStatistics {

    private final BenchmarkApp app;
    private final boolean available;
    private String walAtStart;

    private StatementStatistics(BenchmarkApp app, boolean available) {
        this.app = app;
        this.available = available;
    }

    /** Starts counting now: the statistics so far are reset. */
    static StatementStatistics start(BenchmarkApp app) {
        try (Connection db = app.connectAsSuperuser(); Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
            sql.execute("select pg_stat_statements_reset()");
            StatementStatistics statistics = new StatementStatistics(app, true);
            statistics.walAtStart = single(sql, "select pg_current_wal_lsn()::text");
            return statistics;
        } catch (SQLException e) {
            Benchmark.log("No statement statistics: %s", e.getMessage());
            return new StatementStatistics(app, false);
        }
    }

    /** Adds the WAL written and the statements that took the most time, per interaction. */
    void report(Report.Section out, long interactions, int top) throws SQLException {
        if (!available || interactions <= 0) {
            return;
        }
        try (Connection db = app.connectAsSuperuser(); Statement sql = db.createStatement()) {
            long wal = Long.parseLong(single(sql, "select pg_wal_lsn_diff(pg_current_wal_lsn(), '" + walAtStart
                    + "')::bigint::text"));
            out.row("WAL written", String.format("%,d MB", wal >> 20),
                    String.format("%,d bytes an interaction (full-page images included)", wal / interactions));
            out.note("Statements by total execution time (pg_stat_statements), µs an interaction:");
            try (ResultSet rs = sql.executeQuery("""
                    select total_exec_time, calls, rows, shared_blks_hit + shared_blks_read as blocks, wal_bytes, wal_fpi,
                           left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as query
                    from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                    order by total_exec_time desc limit """ + " " + top)) {
                while (rs.next()) {
                    out.note(String.format("  %6.2f µs  %,9d calls  %,11d rows  %7.1f WAL B/i  %s",
                            rs.getDouble("total_exec_time") * 1000 / interactions, rs.getLong("calls"),
                            rs.getLong("rows"), rs.getDouble("wal_bytes") / interactions, rs.getString("query")));
                }
            }
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
