package com.eventlens.interactions.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.content.AttachmentAdded;
import com.eventlens.content.AttachmentUpdated;
import com.eventlens.content.ContentPublished;
import com.eventlens.content.VideoKind;
import com.eventlens.people.PeopleRegistered;
import com.eventlens.people.PersonRegistered;
import com.eventlens.people.PersonRemoved;
import com.eventlens.sessions.SessionScheduled;

/**
 * The interactions module's own record of what a batch may refer to, kept from the other modules' events. The
 * listeners run in the transaction that publishes the event (decision record 11): an import, a bulk invite or a
 * removal is in the references the moment it commits, and a player may send interactions right after. Upserts and
 * set-based look-ups keyed by the event: SQL is the tool.
 */
@Repository
class References {

    private static final String PERSON = "PERSON";
    private static final String SESSION = "SESSION";
    private static final String RECORDING = "RECORDING";
    private static final String ON_DEMAND_VIDEO = "ON_DEMAND_VIDEO";
    private static final String ATTACHMENT = "ATTACHMENT";

    private final JdbcClient jdbc;

    References(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonRegistered registered) {
        add(registered.eventId(), PERSON, List.of(registered.personId()), null);
    }

    @EventListener
    void on(PeopleRegistered registered) {
        add(registered.eventId(), PERSON, registered.personIds(), null);
    }

    @EventListener
    void on(PersonRemoved removed) {
        jdbc.sql("delete from interaction_reference where event_id = ? and kind = 'PERSON' and id = ?")
                .param(removed.eventId())
                .param(removed.personId())
                .update();
    }

    @EventListener
    void on(SessionScheduled scheduled) {
        add(scheduled.eventId(), SESSION, List.of(scheduled.sessionId()), null);
    }

    @EventListener
    void on(ContentPublished published) {
        add(published.eventId(), published.kind() == VideoKind.RECORDING ? RECORDING : ON_DEMAND_VIDEO,
                List.of(published.contentId()), published.sessionId());
    }

    @EventListener
    void on(AttachmentAdded added) {
        add(added.eventId(), ATTACHMENT, List.of(added.attachmentId()), added.sessionId());
    }

    /** An attachment may move to another session: its downloads count for the session that offers it now. */
    @EventListener
    void on(AttachmentUpdated updated) {
        add(updated.eventId(), ATTACHMENT, List.of(updated.attachmentId()), updated.sessionId());
    }

    /** Idempotent: a reference that exists takes the given session. */
    private void add(UUID eventId, String kind, Collection<UUID> ids, UUID sessionId) {
        jdbc.sql("""
                        insert into interaction_reference (event_id, kind, id, session_id)
                        select :eventId, :kind, unnest(:ids), cast(:sessionId as uuid)
                        on conflict (event_id, kind, id) do update set session_id = excluded.session_id""")
                .param("eventId", eventId)
                .param("kind", kind)
                .param("ids", ids.toArray(UUID[]::new))
                .param("sessionId", sessionId)
                .update();
    }

    /**
     * What a batch may refer to, in one statement: every session, video and attachment of the event, and those of
     * {@code people} who are registered (an event may have a million people; a batch names a few thousand).
     */
    EventReferences load(UUID eventId, Collection<UUID> people) {
        Set<UUID> users = new HashSet<>();
        Set<UUID> sessions = new HashSet<>();
        Set<UUID> recordedSessions = new HashSet<>();
        Set<UUID> onDemandVideos = new HashSet<>();
        Map<UUID, UUID> attachmentSessions = new HashMap<>();
        jdbc.sql("""
                        select kind, id, session_id from interaction_reference
                        where event_id = :eventId and kind in ('SESSION', 'RECORDING', 'ON_DEMAND_VIDEO', 'ATTACHMENT')
                        union all
                        select kind, id, session_id from interaction_reference
                        where event_id = :eventId and kind = 'PERSON' and id = any (:people)""")
                .param("eventId", eventId)
                .param("people", people.toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID session = rs.getObject("session_id", UUID.class);
                    switch (rs.getString("kind")) {
                        case PERSON -> users.add(id);
                        case SESSION -> sessions.add(id);
                        case RECORDING -> recordedSessions.add(session);
                        case ON_DEMAND_VIDEO -> onDemandVideos.add(id);
                        case ATTACHMENT -> attachmentSessions.put(id, session);
                        default -> throw new IllegalStateException("Unknown reference kind " + rs.getString("kind"));
                    }
                });
        return new EventReferences(users, sessions, recordedSessions, onDemandVideos, attachmentSessions);
    }
}
