package com.eventlens.people;

import java.util.UUID;

/** A registration's status changed, e.g. a person was blocked or unblocked. */
public record RegistrationStatusChanged(UUID eventId, UUID personId, RegistrationStatus from, RegistrationStatus to) {
}
