package com.eventlens.console;

/** An admin set or generated a new password for the account (the password is in no event). */
public record AccountPasswordReset(String username, String actor) {
}
