package com.eventlens.console;

/** The account changed its own password (the password is in no event). */
public record PasswordChanged(String username) {
}
