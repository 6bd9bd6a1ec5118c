package com.eventlens.analytics;

import java.util.UUID;

/**
 * An event's engagement settings were saved with other values: its scores are recomputed (and a lowered attendance
 * threshold applied) in the background.
 *
 * @param attendanceThresholdChanged whether the attendance threshold is new, so that everyone who reaches it now
 *                                   is announced again
 */
public record EngagementSettingsChanged(UUID eventId, boolean attendanceThresholdChanged) {
}
