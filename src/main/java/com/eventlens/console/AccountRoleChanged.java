package com.eventlens.console;

import com.eventlens.shared.security.ConsoleRole;

/** An account became an admin or an event manager. */
public record AccountRoleChanged(String username, ConsoleRole from, ConsoleRole to, String actor) {
}
