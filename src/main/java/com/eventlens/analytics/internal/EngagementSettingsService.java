package com.eventlens.analytics.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.analytics.EngagementScoring;
import com.eventlens.analytics.EngagementSettings;
import com.eventlens.analytics.InvalidEngagementSettings;
import com.eventlens.people.EventAccess;

/**
 * Settings &gt; Engagement for the console and the API (with the access check), and the settings in force for the
 * folds (without: a fold has no signed-in account).
 */
@Service
@Transactional(readOnly = true)
class EngagementSettingsService implements EngagementScoring {

    private final EngagementSettingsRepository settings;
    private final EventAccess access;
    private final Rollups rollups;

    EngagementSettingsService(EngagementSettingsRepository settings, EventAccess access, Rollups rollups) {
        this.settings = settings;
        this.access = access;
        this.rollups = rollups;
    }

    @Override
    public Optional<EngagementSettings> settings(UUID eventId) {
        return access.maySee(eventId) ? Optional.of(current(eventId)) : Optional.empty();
    }

    @Override
    @Transactional
    public EngagementSettings save(UUID eventId, EngagementSettings changed) {
        if (!access.maySee(eventId)) {
            throw new EventNotVisible(eventId);
        }
        List<EngagementSettings.Problem> problems = changed.problems();
        if (!problems.isEmpty()) {
            throw new InvalidEngagementSettings(problems);
        }
        // In turn with the event's folds: a fold reads the settings once it holds the lock, so it sees these.
        rollups.lockEvent(eventId);
        settings.save(settings.findById(eventId)
                .orElseGet(() -> EngagementSettingsEntity.startingWith(eventId, EngagementSettings.defaults()))
                .change(changed));
        return changed;
    }

    /** The settings in force for the event: saved, or the defaults. */
    EngagementSettings current(UUID eventId) {
        return settings.findById(eventId).map(EngagementSettingsEntity::toSettings)
                .orElseGet(EngagementSettings::defaults);
    }
}
