package com.eventlens.console;

/** An account was deleted. */
public record AccountDeleted(String username, String actor) {
}
