package com.eventlens.console;

import java.time.Instant;
import java.util.List;

import com.eventlens.shared.security.ConsoleRole;

/**
 * A console account as the Accounts page and {@code GET /api/v1/accounts} show it: never its password or hash.
 *
 * @param lastSignInAt  the last interactive sign-in (form or single sign-on), {@code null} when never
 * @param managedEvents the events where a registration with the account's e-mail has the role Event manager
 */
public record AccountDetails(String username, String displayName, String email, ConsoleRole role, boolean enabled,
                             Instant createdAt, Instant lastSignInAt, List<ManagedEvent> managedEvents) {

    public AccountDetails {
        managedEvents = List.copyOf(managedEvents);
    }
}
