package com.eventlens.interactions.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of one event that a batch may refer to, looked up once per batch ({@link References#load}).
 *
 * @param users              the people of the batch who are registered to the event
 * @param recordedSessions   the sessions that have a recording
 * @param attachmentSessions each attachment → the session that offers it
 */
record EventReferences(Set<UUID> users, Set<UUID> sessions, Set<UUID> recordedSessions, Set<UUID> onDemandVideos,
                       Map<UUID, UUID> attachmentSessions) {
}
