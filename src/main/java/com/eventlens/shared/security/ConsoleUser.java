package com.eventlens.shared.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in console account, as the principal of its authentication. Modules read it through
 * {@link CurrentUser} to decide which events it may see; the password hash is never exposed.
 */
public record ConsoleUser(String username, String displayName, String email, ConsoleRole role,
                          String passwordHash, boolean enabled) implements UserDetails {

    /** An enabled account. */
    public ConsoleUser(String username, String displayName, String email, ConsoleRole role, String passwordHash) {
        this(username, displayName, email, role, passwordHash, true);
    }

    public boolean isAdmin() {
        return role == ConsoleRole.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** A disabled account cannot sign in: Spring Security refuses it before it looks at the password. */
    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "ConsoleUser[" + username + ", " + role + "]";
    }
}
