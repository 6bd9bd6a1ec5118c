package com.eventlens.console;

import java.util.UUID;

/** An event an account manages, as the Accounts page lists it. */
public record ManagedEvent(UUID id, String name) {
}
