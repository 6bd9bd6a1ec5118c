package com.eventlens.sessions.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.sessions.SessionAudience;

/**
 * The audience of each session, read from the view {@code session_audience} that the analytics module publishes as
 * its contract (decision record 12): the agenda shows it without depending on analytics, which depends on sessions.
 */
@Repository
class SessionAudiences {

    private final JdbcClient jdbc;

    SessionAudiences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, SessionAudience> of(UUID eventId) {
        return jdbc.sql("""
                        select session_id, attendees, unique_viewers, seconds_viewed from session_audience
                        where event_id = ?""")
                .param(eventId)
                .query((rs, row) -> new SessionAudience(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)))
                .list().stream().collect(Collectors.toMap(SessionAudience::sessionId, audience -> audience));
    }
}
