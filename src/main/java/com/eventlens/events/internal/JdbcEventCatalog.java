package com.eventlens.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.events.EventCreated;
import com.eventlens.people.EventAccess;

@Service
@Transactional(readOnly = true)
class JdbcEventCatalog implements EventCatalog {

    private static final String COLUMNS = "id, name, description, starts_at, ends_at, time_zone";

    private final JdbcClient jdbc;
    private final EventAccess access;
    private final ApplicationEventPublisher events;

    JdbcEventCatalog(JdbcClient jdbc, EventAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    @Override
    @Transactional
    public boolean save(Event event) {
        boolean created = jdbc.sql("""
                        insert into event (id, name, description, starts_at, ends_at, time_zone)
                        values (:id, :name, :description, :startsAt, :endsAt, :timeZone)
                        on conflict (id) do update set name = excluded.name, description = excluded.description,
                            starts_at = excluded.starts_at, ends_at = excluded.ends_at, time_zone = excluded.time_zone
                        returning (xmax = 0)""")
                .param("id", event.id())
                .param("name", event.name())
                .param("description", event.description())
                .param("startsAt", event.startsAt().atOffset(ZoneOffset.UTC))
                .param("endsAt", event.endsAt().atOffset(ZoneOffset.UTC))
                .param("timeZone", event.timeZone().getId())
                .query(Boolean.class)
                .single();
        if (created) {
            events.publishEvent(new EventCreated(event.id()));
        }
        return created;
    }

    @Override
    public Optional<Event> find(UUID eventId) {
        return jdbc.sql("select " + COLUMNS + " from event where id = ?")
                .param(eventId)
                .query(JdbcEventCatalog::event)
                .optional();
    }

    @Override
    public Optional<Event> findVisible(UUID eventId) {
        return access.maySee(eventId) ? find(eventId) : Optional.empty();
    }

    @Override
    public List<Event> visibleEvents() {
        if (access.seesAllEvents()) {
            return jdbc.sql("select " + COLUMNS + " from event order by starts_at desc, name")
                    .query(JdbcEventCatalog::event)
                    .list();
        }
        List<UUID> managed = List.copyOf(access.managedEventIds());
        if (managed.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from event where id in (:ids) order by starts_at desc, name")
                .param("ids", managed)
                .query(JdbcEventCatalog::event)
                .list();
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from event)").query(Boolean.class).single();
    }

    @Override
    @Transactional
    public String issueIngestToken(UUID eventId) {
        String token = IngestTokens.newToken();
        int updated = jdbc.sql("update event set ingest_token_hash = ? where id = ?")
                .param(IngestTokens.hash(token))
                .param(eventId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("No event " + eventId);
        }
        return token;
    }

    @Override
    public boolean acceptsIngestToken(UUID eventId, String token) {
        return jdbc.sql("select ingest_token_hash from event where id = ?")
                .param(eventId)
                .query(String.class)
                .optional()
                .map(stored -> IngestTokens.matches(token, stored))
                .orElse(false);
    }

    private static Event event(ResultSet rs, int row) throws SQLException {
        return new Event(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                ZoneId.of(rs.getString("time_zone")));
    }
}
