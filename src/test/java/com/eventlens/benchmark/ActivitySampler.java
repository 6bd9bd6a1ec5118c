package com.eventlens.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * Looks over the database's shoulder while a section runs: every few hundred milliseconds, what the active
 * backends wait for ({@code pg_stat_activity}: lock waits, I/O, or "on CPU") and which statements they run, and
 * how many application threads wait for a pooled connection. Says where the time goes without a profiler.
 */
final class ActivitySampler implements AutoCloseable {

    private static final String ACTIVITY = """
            select coalesce(wait_event_type || ':' || wait_event, 'CPU (no wait event)'),
                   left(regexp_replace(query, '\\s+', ' ', 'g'), 70)
            from pg_stat_activity
            where state = 'active' and pid <> pg_backend_pid() and datname = current_database()
              and backend_type = 'client backend'""";

    private final Connection connection;
    private final HikariPoolMXBean pool;
    private final Thread thread;
    private final int intervalMillis;
    private final Map<String, Integer> waits = new HashMap<>();
    private final Map<String, Integer> statements = new HashMap<>();
    private volatile boolean running = true;
    private int samples;
    private long activeBackends;
    private long poolActive;
    private long poolWaiting;
    private int maxPoolWaiting;
    private int samplesWithPoolWaiting;

    ActivitySampler(BenchmarkApp app, int intervalMillis) throws SQLException {
        this.connection = app.connect();
        this.pool = app.pool();
        this.intervalMillis = intervalMillis;
        this.thread = Thread.ofPlatform().daemon().name("benchmark-sampler").start(() -> {
            try (Statement statement = connection.createStatement()) {
                while (running) {
                    sample(statement);
                    Thread.sleep(intervalMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                System.err.println("Sampler stopped: " + e.getMessage());
            }
        });
    }

    private void sample(Statement statement) throws SQLException {
        int active = 0;
        try (ResultSet rs = statement.executeQuery(ACTIVITY)) {
            synchronized (this) {
                while (rs.next()) {
                    active++;
                    waits.merge(rs.getString(1), 1, Integer::sum);
                    statements.merge(rs.getString(2), 1, Integer::sum);
                }
            }
        }
        synchronized (this) {
            samples++;
            activeBackends += active;
            if (pool != null) {
                int waiting = pool.getThreadsAwaitingConnection();
                poolActive += pool.getActiveConnections();
                poolWaiting += waiting;
                maxPoolWaiting = Math.max(maxPoolWaiting, waiting);
                if (waiting > 0) {
                    samplesWithPoolWaiting++;
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }

    /** Adds what was seen to the report section. */
    synchronized void report(Report.Section out, int poolSize) {
        if (samples == 0) {
            return;
        }
        out.row("Samples of pg_stat_activity", Integer.toString(samples), "every " + intervalMillis + " ms over the timed load and the "
                + "rollup catch-up; active client backends on average: " + String.format("%.1f", (double) activeBackends / samples));
        if (pool != null) {
            out.row("Hikari pool: busy connections", String.format("%.1f of %d", (double) poolActive / samples, poolSize),
                    "average over the samples");
            out.row("Hikari pool: threads waiting", String.format("%.1f avg, %d max", (double) poolWaiting / samples,
                    maxPoolWaiting), String.format("waiting threads seen in %d%% of the samples",
                    100 * samplesWithPoolWaiting / samples));
        }
        out.note("What active backends were doing (share of backend samples):");
        top(waits, 6).forEach(e -> out.note(String.format("  %5.1f%%  %s", 100.0 * e.getValue() / activeBackends(),
                e.getKey())));
        out.note("Statements seen running most often (share of backend samples):");
        top(statements, 8).forEach(e -> out.note(String.format("  %5.1f%%  %s", 100.0 * e.getValue() / activeBackends(),
                e.getKey())));
    }

    private long activeBackends() {
        return Math.max(1, activeBackends);
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .toList();
    }
}
