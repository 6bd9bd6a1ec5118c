package com.eventlens.console;

import com.eventlens.shared.security.ConsoleRole;

/** An account was created by {@code actor} (an admin's username, or {@code sso} or {@code bootstrap}). */
public record AccountCreated(String username, ConsoleRole role, String actor) {
}
