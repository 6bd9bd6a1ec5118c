package com.eventlens.structure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventAccess;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.sessions.Agenda;

/**
 * The stored structure of an event, in the shape of the import's body, for an account that may see the event.
 * <p>
 * It holds <em>every</em> person of the event in memory, read in id-ordered pages: fine for an integration that
 * checks what it imported, not for browsing a million registrations (the console's people grid pages in SQL).
 */
@Service
class EventStructureLookup {

    static final int PEOPLE_PAGE_SIZE = 1_000;

    private final EventCatalog events;
    private final EventAccess access;
    private final Agenda agenda;
    private final MediaLibrary media;
    private final PeopleDirectory people;

    EventStructureLookup(EventCatalog events, EventAccess access, Agenda agenda, MediaLibrary media,
                         PeopleDirectory people) {
        this.events = events;
        this.access = access;
        this.agenda = agenda;
        this.media = media;
        this.people = people;
    }

    /** One snapshot: an import committing meanwhile shows entirely or not at all. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Optional<EventStructureJson> findVisible(UUID eventId) {
        if (!access.maySee(eventId)) {
            return Optional.empty();
        }
        return events.find(eventId).map(event -> EventStructureJson.of(event, agenda.sessionsOf(eventId),
                media.attachments(eventId), media.recordings(eventId), media.onDemandVideos(eventId),
                everyone(eventId)));
    }

    private List<Registration> everyone(UUID eventId) {
        List<Registration> everyone = new ArrayList<>();
        List<Registration> page = people.pageById(eventId, null, PEOPLE_PAGE_SIZE);
        while (!page.isEmpty()) {
            everyone.addAll(page);
            page = page.size() < PEOPLE_PAGE_SIZE ? List.of()
                    : people.pageById(eventId, page.getLast().id(), PEOPLE_PAGE_SIZE);
        }
        return everyone;
    }
}
