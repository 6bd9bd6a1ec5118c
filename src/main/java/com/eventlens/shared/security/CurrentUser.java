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

    /** The console account an authentication stands for, if it stands for one. */
    public static Optional<ConsoleUser> of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof ConsoleUser user
                ? Optional.of(user)
                : Optional.empty();
    }
}
