package com.eventlens.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The console account of the current request (a Vaadin round trip or an API call), if one signed in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<ConsoleUser> get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The console account an authentication stands for: signed in with a password or by single sign-on. */
    public static Optional<ConsoleUser> of(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case ConsoleUser user -> Optional.of(user);
            case SignedInAccount signedIn -> Optional.of(signedIn.account());
            case null, default -> Optional.empty();
        };
    }
}
