package com.eventlens.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The console account of the current request (a Vaadin round trip or an API call), if one signed in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<ConsoleUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ConsoleUser user
                ? Optional.of(user)
                : Optional.empty();
    }
}
