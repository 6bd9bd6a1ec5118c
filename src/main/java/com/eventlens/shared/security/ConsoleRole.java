package com.eventlens.shared.security;

/** What a console account may do: an admin sees every event, an event manager the events they manage. */
public enum ConsoleRole {
    ADMIN,
    EVENT_MANAGER;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
