package com.eventlens.interactions;

import java.time.Instant;
import java.util.UUID;

/**
 * One interaction as a player reports it (SPEC.md §4). Which fields a type needs is checked by
 * {@link Ingest}; fields a type does not use are {@code null}.
 *
 * @param seconds  seconds of playback a VIEW beacon covers, 1–60
 * @param position seconds into the media where a VIEW beacon starts
 * @param engaged  whether a LIVE view had the player in focus (or full screen) with sound on
 */
public record NewInteraction(UUID id, InteractionType type, UUID userId, Instant occurredAt, UUID sessionId,
                             UUID contentId, ViewMode mode, Integer seconds, Integer position, Boolean engaged,
                             UUID pollId, UUID attachmentId) {

    public static final int DEFAULT_SECONDS = 10;
}
