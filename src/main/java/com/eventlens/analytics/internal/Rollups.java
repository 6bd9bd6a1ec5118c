package com.eventlens.analytics.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.InteractionsRecorded;
import com.eventlens.interactions.RecordedInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * The fold's bookkeeping: the event's fold lock, which batches are in the rollups, and the recorded batches read back
 * from {@code recorded_interaction} — the view the interactions module publishes as its contract (decision records 3
 * and 12), never its table — when they did not come in memory with their event (decision record 15).
 */
@Repository
class Rollups {

    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the folds of one event across application instances (released at commit). */
    void lockEvent(UUID eventId) {
        jdbc.sql("select pg_advisory_xact_lock(20220202, hashtext(?::text))").param(eventId).query().singleRow();
    }

    /** Marks the batches applied; returns those that were not before (only they may be folded). */
    List<UUID> markApplied(UUID eventId, Collection<UUID> batchIds) {
        return jdbc.sql("""
                        insert into analytics_applied_batch (event_id, batch_id)
                        select :eventId, unnest(:batchIds) on conflict do nothing returning batch_id""")
                .param("eventId", eventId)
                .param("batchIds", batchIds.toArray(UUID[]::new))
                .query(UUID.class).list();
    }

    void markAllApplied(UUID eventId) {
        jdbc.sql("""
                        insert into analytics_applied_batch (event_id, batch_id)
                        select distinct event_id, batch_id from recorded_interaction where event_id = ?
                        on conflict do nothing""")
                .param(eventId).update();
    }

    /** For the rest of the transaction: memory a sort or hash may take before it spills to disk. */
    void useWorkMemory(String size) {
        jdbc.sql("select set_config('work_mem', ?, true)").param(size).query().singleRow();
    }

    void delete(UUID eventId, Collection<String> tables) {
        for (String table : tables) {
            jdbc.sql("delete from " + table + " where event_id = ?").param(eventId).update();
        }
    }

    /**
     * The stored rows of these batches, read back (after a restart, or from another process's ingest). Only rows
     * received between the first and the last of the batches' {@code receivedAt} are looked at, when every batch says
     * when it was received (publications from before decision record 15 do not).
     */
    FoldBatch readBack(UUID eventId, Collection<InteractionsRecorded> batches) {
        List<RecordedInteraction> rows = new ArrayList<>();
        Instant[] latest = {Instant.EPOCH};
        boolean timed = batches.stream().allMatch(batch -> batch.receivedAt() != null);
        Instant from = timed ? batches.stream().map(InteractionsRecorded::receivedAt).min(Instant::compareTo).orElseThrow()
                : Instant.EPOCH;
        Instant to = timed ? batches.stream().map(InteractionsRecorded::receivedAt).max(Instant::compareTo).orElseThrow()
                : Instant.parse("9999-12-31T23:59:59Z");
        jdbc.sql("""
                        select id, type, user_id, occurred_at, session_id, content_id, mode, seconds, position, engaged,
                               poll_id, attachment_id, received_at
                        from recorded_interaction
                        where event_id = :eventId and batch_id = any(:batchIds) and received_at between :from and :to""")
                .param("eventId", eventId)
                .param("batchIds", batches.stream().map(InteractionsRecorded::batchId).toArray(UUID[]::new))
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query(rs -> {
                    String mode = rs.getString("mode");
                    rows.add(new RecordedInteraction(rs.getObject("id", UUID.class),
                            InteractionType.valueOf(rs.getString("type")), rs.getObject("user_id", UUID.class),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("session_id", UUID.class), rs.getObject("content_id", UUID.class),
                            mode == null ? null : ViewMode.valueOf(mode), rs.getObject("seconds", Integer.class),
                            rs.getObject("position", Integer.class), rs.getObject("engaged", Boolean.class),
                            rs.getObject("poll_id", UUID.class), rs.getObject("attachment_id", UUID.class)));
                    Instant received = rs.getObject("received_at", OffsetDateTime.class).toInstant();
                    if (received.isAfter(latest[0])) {
                        latest[0] = received;
                    }
                });
        return new FoldBatch(rows, latest[0]);
    }
}
