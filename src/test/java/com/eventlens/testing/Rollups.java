package com.eventlens.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the asynchronous rollup updates of an event to catch up with its stored batches. */
public final class Rollups {

    private Rollups() {
    }

    public static void awaitApplied(JdbcClient jdbc, UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                jdbc.sql("""
                                select (select count(distinct batch_id) from interaction where event_id = :e)
                                     = (select count(*) from analytics_applied_batch where event_id = :e)""")
                        .param("e", eventId).query(Boolean.class).single());
    }
}
