package com.eventlens.console;

/** A disabled account was enabled again. */
public record AccountEnabled(String username, String actor) {
}
