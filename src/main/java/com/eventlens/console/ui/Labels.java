package com.eventlens.console.ui;

import com.eventlens.shared.security.ConsoleRole;

/** How the console names a console role. */
final class Labels {

    private Labels() {
    }

    static String role(ConsoleRole role) {
        return role == ConsoleRole.ADMIN ? "Admin" : "Event manager";
    }
}
