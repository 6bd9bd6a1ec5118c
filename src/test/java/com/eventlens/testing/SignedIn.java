package com.eventlens.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.eventlens.shared.security.ConsoleRole;
import com.eventlens.shared.security.ConsoleUser;

/**
 * A console account signed in on the test's thread, for tests that start only some modules (without the console's
 * accounts, so {@code @WithUserDetails} has nobody to load).
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static void asAdmin() {
        ConsoleUser admin = new ConsoleUser("admin", "Admin", "admin@eventlens.test", ConsoleRole.ADMIN, "");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
