package com.eventlens.interactions;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored interaction as other modules may read it: the row of the {@code recorded_interaction} view (decision
 * record 12) without the batch's columns. Fields a type does not use are {@code null}; a VIEW has its effective
 * {@code seconds} (the default applied), a LIVE view its {@code engaged} flag, an ATTACHMENT_DOWNLOAD the session
 * that offered the attachment when it was downloaded.
 */
public record RecordedInteraction(UUID id, InteractionType type, UUID userId, Instant occurredAt, UUID sessionId,
                                  UUID contentId, ViewMode mode, Integer seconds, Integer position, Boolean engaged,
                                  UUID pollId, UUID attachmentId) {
}
