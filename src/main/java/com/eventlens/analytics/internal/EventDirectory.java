package com.eventlens.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.content.Attachment;
import com.eventlens.content.Video;
import com.eventlens.people.EventRole;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionType;

/**
 * The analytics module's copy of who and what an event has: the names and details its dashboards and reports show,
 * read with the rollups instead of asking four modules per page. {@link EventDirectoryUpdater} keeps it current.
 * Upserts of whole batches and look-ups by the page's ids: SQL is the tool.
 */
@Repository
class EventDirectory {

    private final JdbcClient jdbc;

    EventDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- reads -----------------------------------------------------------------------------------------------

    Optional<PersonDetails> person(UUID eventId, UUID personId) {
        return people(eventId, List.of(personId)).values().stream().findFirst();
    }

    /** The people among these ids (e.g. the rows of a table page); a removed person is not among them. */
    Map<UUID, PersonDetails> people(UUID eventId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select person_id, first_name, last_name, title, company, industry, country, roles, status
                        from analytics_person where event_id = ? and person_id = any (?)""")
                .param(eventId)
                .param(personIds.toArray(UUID[]::new))
                .query(EventDirectory::person)
                .list().stream()
                .collect(Collectors.toMap(PersonDetails::id, Function.identity()));
    }

    /** The event's sessions in agenda order. */
    List<SessionDetails> sessions(UUID eventId) {
        return jdbc.sql("""
                        select session_id, name, type, starts_at, ends_at from analytics_session
                        where event_id = ? order by starts_at, name""")
                .param(eventId)
                .query(EventDirectory::session)
                .list();
    }

    Optional<SessionDetails> session(UUID eventId, UUID sessionId) {
        return jdbc.sql("""
                        select session_id, name, type, starts_at, ends_at from analytics_session
                        where event_id = ? and session_id = ?""")
                .param(eventId)
                .param(sessionId)
                .query(EventDirectory::session)
                .optional();
    }

    /** The event's on-demand videos by name. */
    List<VideoDetails> videos(UUID eventId) {
        return jdbc.sql("""
                        select content_id, name, duration_seconds from analytics_video
                        where event_id = ? order by name, content_id""")
                .param(eventId)
                .query(EventDirectory::video)
                .list();
    }

    Optional<VideoDetails> video(UUID eventId, UUID contentId) {
        return jdbc.sql("""
                        select content_id, name, duration_seconds from analytics_video
                        where event_id = ? and content_id = ?""")
                .param(eventId)
                .param(contentId)
                .query(EventDirectory::video)
                .optional();
    }

    /** The event's attachments by session and name. */
    List<AttachmentDetails> attachments(UUID eventId) {
        return jdbc.sql("""
                        select attachment_id, session_id, name, content_type from analytics_attachment
                        where event_id = ? order by session_id, name""")
                .param(eventId)
                .query((rs, row) -> new AttachmentDetails(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    // --- writes, by EventDirectoryUpdater -----------------------------------------------------------------

    /**
     * Keeps the people as they are registered now, and forgets those of {@code ids} who are not (removed); the
     * registrations per status (and how many of them attended) move with them. The caller holds the event's fold
     * lock, which the fold takes to count new attendees by status: the two never miss or double a person.
     */
    void keepPeople(UUID eventId, Collection<UUID> ids, Collection<Registration> registered) {
        jdbc.sql("""
                        with gone as (
                            delete from analytics_person where event_id = :eventId and person_id = any (:ids)
                            returning person_id, status)
                        insert into analytics_status_count (event_id, status, people, attendees)
                        select :eventId, g.status, -count(*), -count(u.user_id)
                        from gone g left join user_event_stats u on u.event_id = :eventId and u.user_id = g.person_id
                        group by g.status""" + COUNT_CHANGE)
                .param("eventId", eventId)
                .param("ids", ids.toArray(UUID[]::new))
                .update();
        if (registered.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        with added as (
                            insert into analytics_person (event_id, person_id, first_name, last_name, title, company,
                                                          industry, country, roles, status)
                            select :eventId, p.id, p.first_name, p.last_name, p.title, p.company, p.industry, p.country,
                                   cast(p.roles as text[]), p.status
                            from unnest(:ids, :firstNames, :lastNames, :titles, :companies, :industries, :countries,
                                        :roles, :statuses)
                                as p(id, first_name, last_name, title, company, industry, country, roles, status)
                            returning person_id, status)
                        insert into analytics_status_count (event_id, status, people, attendees)
                        select :eventId, a.status, count(*), count(u.user_id)
                        from added a left join user_event_stats u on u.event_id = :eventId and u.user_id = a.person_id
                        group by a.status""" + COUNT_CHANGE)
                .param("eventId", eventId)
                .param("ids", registered.stream().map(Registration::id).toArray(UUID[]::new))
                .param("firstNames", column(registered, Registration::firstName))
                .param("lastNames", column(registered, Registration::lastName))
                .param("titles", column(registered, Registration::title))
                .param("companies", column(registered, Registration::company))
                .param("industries", column(registered, Registration::industry))
                .param("countries", column(registered, Registration::country))
                // One text a person ({SPEAKER,ATTENDEE}): unnest cannot take an array of arrays of different lengths.
                .param("roles", column(registered, person -> person.roles().stream().sorted().map(Enum::name)
                        .collect(Collectors.joining(",", "{", "}"))))
                .param("statuses", column(registered, person -> person.status().name()))
                .update();
    }

    private static final String COUNT_CHANGE = """

            on conflict (event_id, status) do update set people = analytics_status_count.people + excluded.people,
                attendees = analytics_status_count.attendees + excluded.attendees""";

    void keepSession(UUID eventId, UUID sessionId, Optional<Session> session) {
        jdbc.sql("delete from analytics_session where event_id = ? and session_id = ?")
                .param(eventId).param(sessionId).update();
        session.ifPresent(s -> jdbc.sql("""
                        insert into analytics_session (event_id, session_id, name, type, starts_at, ends_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .param(eventId).param(sessionId).param(s.name()).param(s.type().name())
                .param(s.startsAt().atOffset(ZoneOffset.UTC)).param(s.endsAt().atOffset(ZoneOffset.UTC))
                .update());
    }

    /** Keeps the video if it is on-demand content; a recording counts for its session and is not listed. */
    void keepVideo(UUID eventId, UUID contentId, Optional<Video> video) {
        jdbc.sql("delete from analytics_video where event_id = ? and content_id = ?")
                .param(eventId).param(contentId).update();
        video.filter(v -> v.sessionId() == null).ifPresent(v -> jdbc.sql("""
                        insert into analytics_video (event_id, content_id, name, duration_seconds)
                        values (?, ?, ?, ?)""")
                .param(eventId).param(contentId).param(v.name()).param(v.durationSeconds())
                .update());
    }

    void keepAttachment(UUID eventId, UUID attachmentId, Optional<Attachment> attachment) {
        jdbc.sql("delete from analytics_attachment where event_id = ? and attachment_id = ?")
                .param(eventId).param(attachmentId).update();
        attachment.ifPresent(a -> jdbc.sql("""
                        insert into analytics_attachment (event_id, attachment_id, session_id, name, content_type)
                        values (?, ?, ?, ?, ?)""")
                .param(eventId).param(attachmentId).param(a.sessionId()).param(a.name()).param(a.contentType())
                .update());
    }

    private static String[] column(Collection<Registration> people, Function<Registration, String> value) {
        return people.stream().map(value).toArray(String[]::new);
    }

    private static PersonDetails person(ResultSet rs, int row) throws SQLException {
        Set<EventRole> roles = EnumSet.noneOf(EventRole.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(EventRole::valueOf).forEach(roles::add);
        return new PersonDetails(rs.getObject("person_id", UUID.class), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("title"), rs.getString("company"), rs.getString("industry"),
                rs.getString("country"), roles, RegistrationStatus.valueOf(rs.getString("status")));
    }

    private static VideoDetails video(ResultSet rs, int row) throws SQLException {
        return new VideoDetails(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3));
    }

    private static SessionDetails session(ResultSet rs, int row) throws SQLException {
        return new SessionDetails(rs.getObject("session_id", UUID.class), rs.getString("name"),
                SessionType.valueOf(rs.getString("type")), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant());
    }
}
