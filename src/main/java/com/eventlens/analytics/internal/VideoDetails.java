package com.eventlens.analytics.internal;

import java.util.UUID;

/** What the analytics show of an on-demand video: the {@code analytics_video} copy. */
record VideoDetails(UUID id, String name, int durationSeconds) {
}
