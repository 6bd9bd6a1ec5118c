package com.eventlens.analytics.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** "Data as of": when the latest interaction in the rollups was received. */
@Component
@Order(4)
class DataAsOfFold implements FoldStep {

    private final JdbcClient jdbc;

    DataAsOfFold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void fold(UUID eventId, FoldBatch batch) {
        jdbc.sql("""
                        insert into analytics_event_state (event_id, data_as_of) values (:eventId, :receivedAt)
                        on conflict (event_id) do update
                            set data_as_of = greatest(analytics_event_state.data_as_of, excluded.data_as_of)""")
                .param("eventId", eventId)
                .param("receivedAt", java.time.OffsetDateTime.ofInstant(batch.receivedAt(), java.time.ZoneOffset.UTC))
                .update();
    }

    @Override
    public void rebuild(UUID eventId) {
        jdbc.sql("""
                        insert into analytics_event_state (event_id, data_as_of)
                        select :eventId, max(received_at) from recorded_interaction where event_id = :eventId
                        having count(*) > 0""")
                .param("eventId", eventId).update();
    }

    @Override
    public List<String> tables() {
        return List.of("analytics_event_state");
    }
}
