package com.eventlens.analytics;

import java.util.UUID;

/** The rollups of an event changed (a batch was folded in, or they were rebuilt); open dashboards refresh. */
public record AnalyticsUpdated(UUID eventId) {
}
