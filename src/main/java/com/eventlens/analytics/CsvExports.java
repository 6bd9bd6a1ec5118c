package com.eventlens.analytics;

import java.util.Optional;
import java.util.UUID;

/**
 * The analytics tables as CSV ("Export CSV" of Event, Session and VOD analytics and of a breakdown): every row in
 * the table's order, with the same access rules as {@link Dashboards}. An id of an event, session or video the
 * signed-in account may not see is "empty", like an unknown one.
 */
public interface CsvExports {

    /** Every attendee of a session: profile, seconds and minutes viewed, reactions, chat, polls, engagement. */
    Optional<CsvFile> sessionAttendees(UUID eventId, UUID sessionId);

    /** Every viewer of an on-demand video: seconds and minutes viewed and completion. */
    Optional<CsvFile> videoViewers(UUID eventId, UUID contentId);

    /** The Event analytics page's sessions, as ranked on it, with the event's own figures in a first row. */
    Optional<CsvFile> eventSessions(UUID eventId);

    /** A breakdown of the event's attendees by a field of their profile; "no value" is an empty cell. */
    Optional<CsvFile> breakdown(UUID eventId, Breakdown.By by);
}
