package com.eventlens.structure.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.eventlens.content.Attachment;
import com.eventlens.content.Video;
import com.eventlens.events.Event;
import com.eventlens.people.EventRole;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionType;

/**
 * An event with its sessions (each with its attachments and recording), on-demand content and people, exactly as
 * SPEC §4 writes it: the body of {@code POST /api/v1/events} and the answer of {@code GET /api/v1/events/{id}}.
 * Instants carry the offset of the event's time zone. A structure that {@link EventStructureReader} returns has
 * every required value; the records do not check it again.
 */
record EventStructureJson(UUID id, String name, String description, OffsetDateTime startsAt, OffsetDateTime endsAt,
                          String timeZone, List<SessionJson> sessions, List<VideoJson> content,
                          List<PersonJson> people) {

    record SessionJson(UUID id, String name, SessionType type, OffsetDateTime startsAt, OffsetDateTime endsAt,
                       List<AttachmentJson> attachments, VideoJson recording) {

        Session toSession(UUID eventId) {
            return new Session(eventId, id, name, type, startsAt.toInstant(), endsAt.toInstant());
        }
    }

    record AttachmentJson(UUID id, String name, String contentType, long sizeBytes) {

        Attachment toAttachment(UUID eventId, UUID sessionId) {
            return new Attachment(eventId, id, sessionId, name, contentType, sizeBytes);
        }

        static AttachmentJson of(Attachment attachment) {
            return new AttachmentJson(attachment.id(), attachment.name(), attachment.contentType(),
                    attachment.sizeBytes());
        }
    }

    /** On-demand content, or a session's recording: the JSON does not say which, its place does. */
    record VideoJson(UUID id, String name, int durationSeconds) {

        Video toOnDemand(UUID eventId) {
            return Video.onDemand(eventId, id, name, durationSeconds);
        }

        Video toRecording(UUID eventId, UUID sessionId) {
            return Video.recording(eventId, id, sessionId, name, durationSeconds);
        }

        static VideoJson of(Video video) {
            return new VideoJson(video.id(), video.name(), video.durationSeconds());
        }
    }

    record PersonJson(UUID id, String firstName, String lastName, String email, List<EventRole> roles, String title,
                      String company, String industry, String country, RegistrationType registrationType,
                      RegistrationStatus status) {

        /** A new person's creation time is the database's "now"; an update keeps the stored one. */
        Registration toRegistration(UUID eventId) {
            return new Registration(eventId, id, firstName, lastName, email, new LinkedHashSet<>(roles), title,
                    company, industry, country, registrationType, status, null);
        }

        static PersonJson of(Registration person) {
            return new PersonJson(person.id(), person.firstName(), person.lastName(), person.email(),
                    person.roles().stream().sorted().toList(), person.title(), person.company(), person.industry(),
                    person.country(), person.registrationType(), person.status());
        }
    }

    Event toEvent() {
        return new Event(id, name, description, startsAt.toInstant(), endsAt.toInstant(), ZoneId.of(timeZone));
    }

    /**
     * The stored structure: sessions in the order they start, their attachments by name, content by name, people
     * in the order given.
     */
    static EventStructureJson of(Event event, List<Session> sessions, List<Attachment> attachments,
                                 List<Video> recordings, List<Video> onDemand, List<Registration> people) {
        ZoneId zone = event.timeZone();
        Map<UUID, List<AttachmentJson>> attachmentsBySession = attachments.stream()
                .sorted(Comparator.comparing(Attachment::name).thenComparing(Attachment::id))
                .collect(Collectors.groupingBy(Attachment::sessionId,
                        Collectors.mapping(AttachmentJson::of, Collectors.toList())));
        Map<UUID, Video> recordingBySession = recordings.stream()
                .collect(Collectors.toMap(Video::sessionId, Function.identity()));
        List<SessionJson> sessionJson = sessions.stream()
                .map(session -> new SessionJson(session.id(), session.name(), session.type(),
                        session.startsAt().atZone(zone).toOffsetDateTime(),
                        session.endsAt().atZone(zone).toOffsetDateTime(),
                        attachmentsBySession.getOrDefault(session.id(), List.of()),
                        recordingBySession.containsKey(session.id())
                                ? VideoJson.of(recordingBySession.get(session.id()))
                                : null))
                .toList();
        return new EventStructureJson(event.id(), event.name(), event.description(),
                event.localStart().toOffsetDateTime(), event.localEnd().toOffsetDateTime(), zone.getId(), sessionJson,
                onDemand.stream().map(VideoJson::of).toList(), people.stream().map(PersonJson::of).toList());
    }
}
