package com.eventlens.sessions.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionScheduled;
import com.eventlens.sessions.SessionType;
import com.eventlens.sessions.SessionUpdated;
import com.eventlens.shared.data.ChosenIdAggregate;
import com.eventlens.shared.data.EventScopedId;

/** The session aggregate: one session on an event's agenda, with its type and live window. */
@Table("session")
class SessionEntity extends ChosenIdAggregate<SessionEntity, EventScopedId> {

    @Id
    private final EventScopedId id;
    private String name;
    private SessionType type;
    private Instant startsAt;
    private Instant endsAt;

    @PersistenceCreator
    SessionEntity(EventScopedId id, String name, SessionType type, Instant startsAt, Instant endsAt) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    static SessionEntity schedule(Session session) {
        SessionEntity scheduled = new SessionEntity(new EventScopedId(session.eventId(), session.id()),
                session.name(), session.type(), session.startsAt(), session.endsAt());
        scheduled.registerEvent(new SessionScheduled(session.eventId(), session.id()));
        return scheduled.asNew();
    }

    /** Takes the session's new name, type and live window; announces them if anything changed. */
    SessionEntity update(Session session) {
        if (!session.equals(toSession())) {
            name = session.name();
            type = session.type();
            startsAt = session.startsAt();
            endsAt = session.endsAt();
            registerEvent(new SessionUpdated(id.eventId(), id.id()));
        }
        return this;
    }

    @Override
    public EventScopedId getId() {
        return id;
    }

    Session toSession() {
        return new Session(id.eventId(), id.id(), name, type, startsAt, endsAt);
    }
}
