package com.eventlens.analytics;

import java.util.Optional;
import java.util.UUID;

/**
 * The dashboards as PDF reports (SPEC.md §2 "Download report"): made from the very numbers of {@link Dashboards},
 * with the same access rules. An id of an event, person, session or video the signed-in account may not see is
 * "empty", like an unknown one.
 */
public interface Reports {

    /** The Event analytics report: the funnel, totals, live viewers over time, sessions, videos and engagement. */
    Optional<PdfReport> event(UUID eventId);

    /** The User analytics report of one person. */
    Optional<PdfReport> user(UUID eventId, UUID userId);

    /** The Session analytics report: headline numbers and every attendee, over as many pages as it takes. */
    Optional<PdfReport> session(UUID eventId, UUID sessionId);

    /** The VOD analytics report of one on-demand video: headline numbers and every viewer. */
    Optional<PdfReport> video(UUID eventId, UUID contentId);
}
