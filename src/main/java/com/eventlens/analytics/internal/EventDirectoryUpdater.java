package com.eventlens.analytics.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.eventlens.content.AttachmentAdded;
import com.eventlens.content.AttachmentUpdated;
import com.eventlens.content.ContentPublished;
import com.eventlens.content.ContentUpdated;
import com.eventlens.content.MediaLibrary;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.PeopleRegistered;
import com.eventlens.people.PersonRegistered;
import com.eventlens.people.PersonRemoved;
import com.eventlens.people.PersonUpdated;
import com.eventlens.people.RegistrationStatusChanged;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.SessionScheduled;
import com.eventlens.sessions.SessionUpdated;

/**
 * Keeps the {@link EventDirectory} current from the people, sessions and content modules' events, after their
 * transaction, in its own (decision record 11).
 *
 * <p>The events say what changed; the listener copies it as its owner holds it <em>now</em>, under the event's fold
 * lock (the copy of the people moves the counts of attendees by status, which folds move too).
 * Deliveries may come late, twice (the registry republishes after a crash) or out of order (they run in parallel):
 * whichever runs last reads the latest state, so the copy always ends where the owner is. A person the owner no
 * longer has (removed) leaves the copy.
 */
@Component
class EventDirectoryUpdater {

    private final EventDirectory directory;
    private final PeopleDirectory people;
    private final Agenda agenda;
    private final MediaLibrary media;
    private final Rollups rollups;
    private final VideoFold videos;

    EventDirectoryUpdater(EventDirectory directory, PeopleDirectory people, Agenda agenda, MediaLibrary media,
                          Rollups rollups, VideoFold videos) {
        this.directory = directory;
        this.rollups = rollups;
        this.videos = videos;
        this.people = people;
        this.agenda = agenda;
        this.media = media;
    }

    @ApplicationModuleListener
    void on(PersonRegistered registered) {
        refreshPeople(registered.eventId(), List.of(registered.personId()));
    }

    @ApplicationModuleListener
    void on(PeopleRegistered registered) {
        refreshPeople(registered.eventId(), registered.personIds());
    }

    @ApplicationModuleListener
    void on(PersonUpdated updated) {
        refreshPeople(updated.eventId(), List.of(updated.personId()));
    }

    @ApplicationModuleListener
    void on(RegistrationStatusChanged changed) {
        refreshPeople(changed.eventId(), List.of(changed.personId()));
    }

    /** The person's figures stay in every total; their rows show without a name. */
    @ApplicationModuleListener
    void on(PersonRemoved removed) {
        refreshPeople(removed.eventId(), List.of(removed.personId()));
    }

    @ApplicationModuleListener
    void on(SessionScheduled scheduled) {
        refreshSession(scheduled.eventId(), scheduled.sessionId());
    }

    @ApplicationModuleListener
    void on(SessionUpdated updated) {
        refreshSession(updated.eventId(), updated.sessionId());
    }

    @ApplicationModuleListener
    void on(ContentPublished published) {
        refreshVideo(published.eventId(), published.contentId());
    }

    @ApplicationModuleListener
    void on(ContentUpdated updated) {
        refreshVideo(updated.eventId(), updated.contentId());
    }

    @ApplicationModuleListener
    void on(AttachmentAdded added) {
        refreshAttachment(added.eventId(), added.attachmentId());
    }

    @ApplicationModuleListener
    void on(AttachmentUpdated updated) {
        refreshAttachment(updated.eventId(), updated.attachmentId());
    }

    private void refreshPeople(UUID eventId, Collection<UUID> personIds) {
        rollups.lockEvent(eventId);
        directory.keepPeople(eventId, personIds, people.findAll(eventId, personIds).values());
    }

    private void refreshSession(UUID eventId, UUID sessionId) {
        rollups.lockEvent(eventId);
        directory.keepSession(eventId, sessionId, agenda.find(eventId, sessionId));
    }

    private void refreshVideo(UUID eventId, UUID contentId) {
        rollups.lockEvent(eventId);
        directory.keepVideo(eventId, contentId, media.findVideo(eventId, contentId));
        // Its average completion depends on its duration, which is known from now on (or changed).
        videos.recompute(eventId, contentId);
    }

    private void refreshAttachment(UUID eventId, UUID attachmentId) {
        rollups.lockEvent(eventId);
        directory.keepAttachment(eventId, attachmentId, media.findAttachment(eventId, attachmentId));
    }
}
