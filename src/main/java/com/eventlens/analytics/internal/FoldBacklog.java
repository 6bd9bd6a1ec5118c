package com.eventlens.analytics.internal;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.interactions.InteractionsRecorded;

/**
 * How far the rollups are behind the stored interactions: the {@link InteractionsRecorded} publications that the
 * analytics module's listeners have not completed yet, and how long the oldest of them has waited. Read from the
 * event publication registry, which holds a publication from the commit of its batch until the fold committed
 * (and across restarts), and only those: a cheap count, whatever the size of the data.
 */
@Repository
class FoldBacklog {

    record Backlog(long batchesWaiting, Duration lag) {
    }

    private final JdbcClient jdbc;

    FoldBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Backlog measure() {
        return jdbc.sql("""
                        select count(*) as batches,
                               coalesce(extract(epoch from clock_timestamp() - min(publication_date)), 0) as lag
                        from event_publication
                        where completion_date is null and event_type = :eventType and listener_id like :listeners""")
                .param("eventType", InteractionsRecorded.class.getName())
                .param("listeners", RollupUpdater.class.getName() + ".%")
                .query((rs, row) -> new Backlog(rs.getLong("batches"),
                        Duration.ofMillis(Math.round(rs.getDouble("lag") * 1000))))
                .single();
    }
}
