package com.eventlens.analytics.internal;

import java.time.Instant;
import java.util.UUID;

import com.eventlens.sessions.SessionType;

/** What the analytics show of a session: the {@code analytics_session} copy. */
record SessionDetails(UUID id, String name, SessionType type, Instant startsAt, Instant endsAt) {
}
