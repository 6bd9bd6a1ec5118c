package com.eventlens.analytics.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The engagement settings of the events that changed theirs. */
interface EngagementSettingsRepository extends ListCrudRepository<EngagementSettingsEntity, UUID> {
}
