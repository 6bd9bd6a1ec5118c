package com.eventlens.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /**
     * Takes the event's fold lock (analytics.internal.Rollups#lockEvent) on this connection: the event's folds wait
     * for it inside their transactions, as behind a very long fold, until the returned handle is closed.
     */
    public static AutoCloseable holdFolds(Connection connection, UUID eventId) throws SQLException {
        advisoryLock(connection, "pg_advisory_lock", eventId);
        return () -> advisoryLock(connection, "pg_advisory_unlock", eventId);
    }

    private static void advisoryLock(Connection connection, String function, UUID eventId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select " + function + "(20220202, hashtext(?::text))")) {
            lock.setObject(1, eventId);
            lock.execute();
        }
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
