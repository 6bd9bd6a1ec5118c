package com.eventlens.structure.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.content.VideoKind;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.sessions.Agenda;
import com.eventlens.structure.internal.EventStructureJson.AttachmentJson;
import com.eventlens.structure.internal.EventStructureJson.PersonJson;
import com.eventlens.structure.internal.EventStructureJson.SessionJson;
import com.eventlens.structure.internal.EventStructureJson.VideoJson;

/**
 * Stores an event structure that {@link EventStructureReader} accepted, through the modules' facades, in one
 * transaction: all of it or, on any problem, nothing.
 * <p>
 * The client's ids are the keys, so a repeated import updates what it names and never duplicates. It adds and
 * updates; it removes nothing: a session, video, attachment or person that the body leaves out stays as it is
 * (interactions may refer to it). Every key below the event is {@code (event_id, id)}, so an import of one event
 * cannot touch another, even when it reuses that event's session or people ids.
 * <p>
 * A new event gets an ingest token, returned this once: only its hash is stored, so an update cannot show it
 * again (rotate it instead).
 */
@Service
class EventStructureImport {

    private final EventCatalog events;
    private final Agenda agenda;
    private final MediaLibrary media;
    private final PeopleDirectory people;

    EventStructureImport(EventCatalog events, Agenda agenda, MediaLibrary media, PeopleDirectory people) {
        this.events = events;
        this.agenda = agenda;
        this.media = media;
        this.people = people;
    }

    /** @param ingestToken the new event's token; {@code null} after an update */
    record Outcome(UUID eventId, boolean created, String ingestToken) {
    }

    @Transactional
    Outcome apply(EventStructureJson structure) {
        Administrators.require();
        UUID eventId = structure.id();
        List<FieldError> conflicts = new ArrayList<>();
        conflictsWithStoredVideos(structure, conflicts);
        conflictsWithStoredEmails(structure, conflicts);
        if (!conflicts.isEmpty()) {
            throw new InvalidEventStructure(conflicts);
        }

        boolean created = events.save(structure.toEvent());
        for (SessionJson session : structure.sessions()) {
            agenda.schedule(session.toSession(eventId));
            for (AttachmentJson attachment : session.attachments()) {
                media.attach(attachment.toAttachment(eventId, session.id()));
            }
            if (session.recording() != null) {
                media.publish(session.recording().toRecording(eventId, session.id()));
            }
        }
        for (VideoJson video : structure.content()) {
            media.publish(video.toOnDemand(eventId));
        }
        for (PersonJson person : structure.people()) {
            people.register(person.toRegistration(eventId));
        }
        return new Outcome(eventId, created, created ? events.issueIngestToken(eventId) : null);
    }

    /**
     * A video keeps what it is: on-demand content stays on-demand (its views were counted as such), a recording
     * stays the recording of its session, and a session has one recording.
     */
    private void conflictsWithStoredVideos(EventStructureJson structure, List<FieldError> conflicts) {
        UUID eventId = structure.id();
        Map<UUID, Video> stored = new HashMap<>();
        Map<UUID, Video> storedRecordingOfSession = new HashMap<>();
        media.onDemandVideos(eventId).forEach(video -> stored.put(video.id(), video));
        for (Video recording : media.recordings(eventId)) {
            stored.put(recording.id(), recording);
            storedRecordingOfSession.put(recording.sessionId(), recording);
        }
        for (int s = 0; s < structure.sessions().size(); s++) {
            SessionJson session = structure.sessions().get(s);
            if (session.recording() == null) {
                continue;
            }
            String at = "sessions[" + s + "].recording.id";
            UUID recordingId = session.recording().id();
            Video same = stored.get(recordingId);
            Video current = storedRecordingOfSession.get(session.id());
            if (same != null && same.kind() == VideoKind.ON_DEMAND) {
                conflicts.add(new FieldError(at, "is the id of on-demand content of this event; a recording needs an "
                        + "id of its own"));
            } else if (same != null && !same.sessionId().equals(session.id())) {
                conflicts.add(new FieldError(at, "is already the recording of session " + same.sessionId()
                        + "; a recording cannot move to another session"));
            } else if (current != null && !current.id().equals(recordingId)) {
                conflicts.add(new FieldError(at, "this session already has the recording " + current.id()
                        + "; a session has one recording, so send that id to update it"));
            }
        }
        for (int c = 0; c < structure.content().size(); c++) {
            Video same = stored.get(structure.content().get(c).id());
            if (same != null && same.kind() == VideoKind.RECORDING) {
                conflicts.add(new FieldError("content[" + c + "].id", "is the id of the recording of session "
                        + same.sessionId() + "; on-demand content needs an id of its own"));
            }
        }
    }

    /** An e-mail address names one person of an event; the body may not give it to someone else. */
    private void conflictsWithStoredEmails(EventStructureJson structure, List<FieldError> conflicts) {
        List<String> emails = structure.people().stream().map(PersonJson::email).toList();
        Map<String, UUID> holders = people.idsByEmail(structure.id(), emails);
        for (int p = 0; p < structure.people().size(); p++) {
            PersonJson person = structure.people().get(p);
            UUID holder = holders.get(person.email());
            if (holder != null && !Objects.equals(holder, person.id())) {
                conflicts.add(new FieldError("people[" + p + "].email", "is already the e-mail address of person "
                        + holder + " of this event; change theirs first, or use their id to update them"));
            }
        }
    }
}
