package com.eventlens.console;

import com.eventlens.shared.security.ConsoleRole;

/** The changes to an account; a {@code null} field stays as it is. */
public record AccountChanges(String displayName, String email, ConsoleRole role, Boolean enabled) {

    public static AccountChanges enabled(boolean enabled) {
        return new AccountChanges(null, null, null, enabled);
    }
}
