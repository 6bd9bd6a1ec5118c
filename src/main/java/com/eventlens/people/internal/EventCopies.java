package com.eventlens.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.events.Event;
import com.eventlens.events.EventCreated;
import com.eventlens.events.EventUpdated;
import com.eventlens.people.VisibleEvent;

/**
 * The people module's copy of each event (name, dates, time zone), so that it never asks the events module, which
 * depends on nobody. It is kept in the transaction that creates or changes the event (decision record 11): whoever
 * may see the event finds it the moment that transaction commits. An upsert keyed by the event: SQL is the tool.
 */
@Repository
class EventCopies {

    private static final String COLUMNS = "event_id, name, time_zone, starts_at, ends_at";

    private final JdbcClient jdbc;

    EventCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EventCreated created) {
        keep(created.event());
    }

    @EventListener
    void on(EventUpdated updated) {
        keep(updated.event());
    }

    private void keep(Event event) {
        jdbc.sql("""
                        insert into people_event (event_id, name, time_zone, starts_at, ends_at)
                        values (:id, :name, :timeZone, :startsAt, :endsAt)
                        on conflict (event_id) do update set name = excluded.name, time_zone = excluded.time_zone,
                            starts_at = excluded.starts_at, ends_at = excluded.ends_at""")
                .param("id", event.id())
                .param("name", event.name())
                .param("timeZone", event.timeZone().getId())
                .param("startsAt", event.startsAt().atOffset(ZoneOffset.UTC))
                .param("endsAt", event.endsAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<VisibleEvent> find(UUID eventId) {
        return jdbc.sql("select " + COLUMNS + " from people_event where event_id = ?")
                .param(eventId)
                .query(EventCopies::event)
                .optional();
    }

    /** Every event, the most recent first. */
    List<VisibleEvent> all() {
        return jdbc.sql("select " + COLUMNS + " from people_event order by starts_at desc, name")
                .query(EventCopies::event)
                .list();
    }

    /** The events among these ids, the most recent first. */
    List<VisibleEvent> findAll(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from people_event where event_id = any (?) order by starts_at desc, name")
                .param(eventIds.toArray(UUID[]::new))
                .query(EventCopies::event)
                .list();
    }

    private static VisibleEvent event(ResultSet rs, int row) throws SQLException {
        return new VisibleEvent(rs.getObject("event_id", UUID.class), rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant());
    }
}
