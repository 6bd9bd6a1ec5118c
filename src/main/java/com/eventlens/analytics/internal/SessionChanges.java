package com.eventlens.analytics.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What {@link SessionFold}'s upsert of a fold learned about the fold's people, handed to {@link EngagementFold} through
 * the {@link FoldBatch}: the engagement step needs exactly this and would otherwise read the session rollups again.
 *
 * @param live          every (session, person) whose live seconds the fold moved, with their seconds before and after
 * @param newPolls      per person: polls they answered for the first time in the event (in any session)
 * @param newDownloads  per person: attachments they downloaded for the first time
 */
record SessionChanges(List<LiveChange> live, Map<UUID, Integer> newPolls, Map<UUID, Integer> newDownloads) {

    static final SessionChanges NONE = new SessionChanges(List.of(), Map.of(), Map.of());

    /** One (session, person)'s live and engaged live seconds before and after the fold. */
    record LiveChange(UUID userId, long liveBefore, long engagedBefore, long liveAfter, long engagedAfter) {
    }
}
