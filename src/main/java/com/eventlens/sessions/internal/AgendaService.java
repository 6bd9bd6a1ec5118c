package com.eventlens.sessions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.shared.data.EventScopedId;

@Service
@Transactional(readOnly = true)
class AgendaService implements Agenda {

    private final Sessions sessions;
    private final SessionAudiences audiences;

    AgendaService(Sessions sessions, SessionAudiences audiences) {
        this.sessions = sessions;
        this.audiences = audiences;
    }

    @Override
    public java.util.Map<UUID, com.eventlens.sessions.SessionAudience> audiences(UUID eventId) {
        return audiences.of(eventId);
    }

    @Override
    @Transactional
    public void schedule(Session session) {
        sessions.save(sessions.findById(new EventScopedId(session.eventId(), session.id()))
                .map(existing -> existing.update(session))
                .orElseGet(() -> SessionEntity.schedule(session)));
    }

    @Override
    public List<Session> sessionsOf(UUID eventId) {
        return sessions.findByIdEventIdOrderByStartsAtAscNameAsc(eventId).stream().map(SessionEntity::toSession)
                .toList();
    }

    @Override
    public Optional<Session> find(UUID eventId, UUID sessionId) {
        return sessions.findById(new EventScopedId(eventId, sessionId)).map(SessionEntity::toSession);
    }
}
