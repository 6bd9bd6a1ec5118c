package com.eventlens.sessions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionScheduled;
import com.eventlens.sessions.SessionType;

@Service
@Transactional(readOnly = true)
class JdbcAgenda implements Agenda {

    private static final String COLUMNS = "event_id, id, name, type, starts_at, ends_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcAgenda(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional
    public void schedule(Session session) {
        boolean created = jdbc.sql("""
                        insert into session (event_id, id, name, type, starts_at, ends_at)
                        values (:eventId, :id, :name, :type, :startsAt, :endsAt)
                        on conflict (event_id, id) do update set name = excluded.name, type = excluded.type,
                            starts_at = excluded.starts_at, ends_at = excluded.ends_at
                        returning (xmax = 0)""")
                .param("eventId", session.eventId())
                .param("id", session.id())
                .param("name", session.name())
                .param("type", session.type().name())
                .param("startsAt", session.startsAt().atOffset(ZoneOffset.UTC))
                .param("endsAt", session.endsAt().atOffset(ZoneOffset.UTC))
                .query(Boolean.class)
                .single();
        if (created) {
            events.publishEvent(new SessionScheduled(session.eventId(), session.id()));
        }
    }

    @Override
    public List<Session> sessionsOf(UUID eventId) {
        return jdbc.sql("select " + COLUMNS + " from session where event_id = ? order by starts_at, name")
                .param(eventId)
                .query(JdbcAgenda::session)
                .list();
    }

    @Override
    public Optional<Session> find(UUID eventId, UUID sessionId) {
        return jdbc.sql("select " + COLUMNS + " from session where event_id = ? and id = ?")
                .param(eventId)
                .param(sessionId)
                .query(JdbcAgenda::session)
                .optional();
    }

    private static Session session(ResultSet rs, int row) throws SQLException {
        return new Session(rs.getObject("event_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getString("name"), SessionType.valueOf(rs.getString("type")),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant());
    }
}
