package com.eventlens.console;

import java.util.Set;

/** An account's display name or e-mail address changed (which ones: {@code changed}). */
public record AccountUpdated(String username, Set<AccountField> changed, String actor) {
}
