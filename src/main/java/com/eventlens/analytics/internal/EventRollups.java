package com.eventlens.analytics.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * What a fold keeps current beyond the per-session and per-video rollups of {@link Rollups}: every attendee's event
 * totals and engagement score ({@link EngagementFold}), the concurrent live viewers ({@link LiveViewersFold}) and the
 * videos' average completion ({@link VideoCompletionFold}); then it tells the people module what changed
 * ({@link Announcements}). Its steps read the rollups before ({@code EngagementFold}) or after
 * ({@code VideoCompletionFold}) the session and video statements, which is why it wraps them. The caller holds the
 * event's fold lock, in one transaction; a rebuild goes through here too, so it equals the incremental rollups.
 */
@Component
class EventRollups {

    private final EngagementFold engagement;
    private final LiveViewersFold liveViewers;
    private final VideoCompletionFold completion;
    private final EngagementSettingsService settings;
    private final Announcements announcements;

    EventRollups(EngagementFold engagement, LiveViewersFold liveViewers, VideoCompletionFold completion,
                 EngagementSettingsService settings, Announcements announcements) {
        this.engagement = engagement;
        this.liveViewers = liveViewers;
        this.completion = completion;
        this.settings = settings;
        this.announcements = announcements;
    }

    /** Folds the interactions of {@code source}, running {@code sessionAndVideoFold} at its place in between. */
    void fold(UUID eventId, Rollups.Source source, UUID[] batchIds, Runnable sessionAndVideoFold) {
        EngagementFold.Changes changes = engagement.fold(eventId, source, batchIds, settings.current(eventId));
        liveViewers.fold(eventId, source, batchIds);
        sessionAndVideoFold.run();
        completion.fold(eventId, source, batchIds);
        announcements.announce(eventId, changes);
    }

    void delete(UUID eventId) {
        engagement.delete(eventId);
        liveViewers.delete(eventId);
        completion.delete(eventId);
    }
}
