package com.eventlens.interactions.internal;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.interactions.InteractionsRecorded;
import com.eventlens.interactions.RecordedBacklog;

/**
 * The backlog read from the event publication registry, which holds a publication of {@link InteractionsRecorded}
 * from the commit of its batch until its listener's work committed (and across restarts), and only those: a cheap
 * count, whatever the size of the data.
 */
@Repository
class RegistryBacklog implements RecordedBacklog {

    private final JdbcClient jdbc;

    RegistryBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Backlog now() {
        return jdbc.sql("""
                        select count(*) as batches,
                               coalesce(extract(epoch from clock_timestamp() - min(publication_date)), 0) as lag
                        from event_publication where completion_date is null and event_type = :eventType""")
                .param("eventType", InteractionsRecorded.class.getName())
                .query((rs, row) -> new Backlog(rs.getLong("batches"),
                        Duration.ofMillis(Math.round(rs.getDouble("lag") * 1000))))
                .single();
    }
}
