package com.eventlens.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the asynchronous work on an event to catch up: the rollups with its stored batches, and the analytics
 * module's copy of its people, sessions and videos with their changes (every publication about the event that the
 * registry still holds is done).
 */
public final class Rollups {

    private Rollups() {
    }

    public static void awaitApplied(JdbcClient jdbc, UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> caughtUp(jdbc, eventId));
    }

    public static boolean caughtUp(JdbcClient jdbc, UUID eventId) {
        return jdbc.sql("""
                        select (select count(distinct batch_id) from interaction where event_id = :e)
                             = (select count(*) from analytics_applied_batch where event_id = :e)
                           and not exists (select 1 from event_publication
                                           where completion_date is null and serialized_event like :like)""")
                .param("e", eventId).param("like", "%" + eventId + "%").query(Boolean.class).single();
    }
}
