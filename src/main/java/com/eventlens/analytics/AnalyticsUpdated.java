package com.eventlens.analytics;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

import com.eventlens.cluster.ClusterMode;

/**
 * The rollups of an event changed (a batch was folded in, or they were rebuilt); open dashboards refresh. In cluster
 * mode it is externalized to {@code eventlens.analytics-updated}, which every console node reads.
 */
@Externalized(ClusterMode.ANALYTICS_UPDATED + "::#{#this.eventId().toString()}")
public record AnalyticsUpdated(UUID eventId) {
}
