package com.eventlens.analytics;

import java.util.Optional;
import java.util.UUID;

/**
 * The analytics tables as CSV ("Export CSV" of Event, Session and VOD analytics and of a breakdown): every row in
 * the table's order, with the same access rules as {@link Dashboards}. An id of an event, session or video the
 * signed-in account may not see is "empty", like an unknown one.
 */
public interface CsvExports {

    /**
     * Every attendee of a session — name, title, company and e-mail, seconds and minutes viewed, reactions, chat,
     * polls, engagement — in the order of {@code sort} (a sort of the session's attendee page).
     */
    Optional<CsvFile> sessionAttendees(UUID eventId, UUID sessionId, String sort, boolean descending);

    /** Every attendee of a session, most minutes first. */
    default Optional<CsvFile> sessionAttendees(UUID eventId, UUID sessionId) {
        return sessionAttendees(eventId, sessionId, "secondsViewed", true);
    }

    /** Every viewer of an on-demand video — name, title, company and e-mail, minutes and completion — in that order. */
    Optional<CsvFile> videoViewers(UUID eventId, UUID contentId, String sort, boolean descending);

    /** Every viewer of an on-demand video, most minutes first. */
    default Optional<CsvFile> videoViewers(UUID eventId, UUID contentId) {
        return videoViewers(eventId, contentId, "secondsViewed", true);
    }

    /** The Event analytics page's sessions, as ranked on it, with the event's own figures in a first row. */
    Optional<CsvFile> eventSessions(UUID eventId);

    /** A breakdown of the event's attendees by a field of their profile; "no value" is an empty cell. */
    Optional<CsvFile> breakdown(UUID eventId, Breakdown.By by);
}
