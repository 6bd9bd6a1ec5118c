package com.eventlens.interactions.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.eventlens.content.Attachment;
import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;

/** The ids of one event that a batch may refer to, looked up once per batch. */
record EventReferences(Set<UUID> users, Set<UUID> sessions, Set<UUID> recordedSessions, Set<UUID> onDemandVideos,
                       Map<UUID, UUID> attachmentSessions) {

    static EventReferences load(UUID eventId, Collection<UUID> referencedUsers, PeopleDirectory people,
                                Agenda agenda, MediaLibrary media) {
        return new EventReferences(
                people.registeredAmong(eventId, referencedUsers),
                agenda.sessionsOf(eventId).stream().map(Session::id).collect(Collectors.toSet()),
                media.recordings(eventId).stream().map(Video::sessionId).collect(Collectors.toSet()),
                media.onDemandVideos(eventId).stream().map(Video::id).collect(Collectors.toSet()),
                media.attachments(eventId).stream().collect(Collectors.toMap(Attachment::id, Attachment::sessionId)));
    }
}
