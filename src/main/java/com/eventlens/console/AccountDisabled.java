package com.eventlens.console;

/** An account was disabled: it cannot sign in, and its open sessions were signed out. */
public record AccountDisabled(String username, String actor) {
}
