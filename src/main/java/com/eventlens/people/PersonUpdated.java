package com.eventlens.people;

import java.util.UUID;

/** A registration's profile changed: name, e-mail, roles, title, company, industry, country or registration type. */
public record PersonUpdated(UUID eventId, UUID personId) {
}
