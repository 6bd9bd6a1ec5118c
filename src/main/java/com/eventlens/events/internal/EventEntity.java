package com.eventlens.events.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

import com.eventlens.events.Event;
import com.eventlens.events.EventCreated;
import com.eventlens.events.EventUpdated;
import com.eventlens.shared.data.ChosenIdAggregate;

/** The event aggregate: what the catalogue stores of an event, its ingest token's hash included. */
@Table("event")
class EventEntity extends ChosenIdAggregate<EventEntity, UUID> {

    @Id
    private final UUID id;
    private String name;
    private String description;
    private Instant startsAt;
    private Instant endsAt;
    private String timeZone;
    /** SHA-256 of the players' bearer token; never the token (see {@link IngestTokens}). */
    private String ingestTokenHash;
    @InsertOnlyProperty
    private final Instant createdAt;

    @PersistenceCreator
    EventEntity(UUID id, String name, String description, Instant startsAt, Instant endsAt, String timeZone,
                String ingestTokenHash, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = timeZone;
        this.ingestTokenHash = ingestTokenHash;
        this.createdAt = createdAt;
    }

    static EventEntity create(Event event, Instant now) {
        EventEntity created = new EventEntity(event.id(), event.name(), event.description(), event.startsAt(),
                event.endsAt(), event.timeZone().getId(), null, now);
        created.registerEvent(new EventCreated(event));
        return created.asNew();
    }

    /** Takes the event's new details; announces them if anything changed. */
    EventEntity update(Event event) {
        if (!event.equals(toEvent())) {
            name = event.name();
            description = event.description();
            startsAt = event.startsAt();
            endsAt = event.endsAt();
            timeZone = event.timeZone().getId();
            registerEvent(new EventUpdated(event));
        }
        return this;
    }

    /** A new token for the event's players, replacing the previous one; returned this once. */
    String issueIngestToken() {
        String token = IngestTokens.newToken();
        ingestTokenHash = IngestTokens.hash(token);
        return token;
    }

    @Override
    public UUID getId() {
        return id;
    }

    Event toEvent() {
        return new Event(id, name, description, startsAt, endsAt, ZoneId.of(timeZone));
    }
}
