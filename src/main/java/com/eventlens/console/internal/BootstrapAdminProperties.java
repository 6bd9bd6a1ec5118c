package com.eventlens.console.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin account outside demo mode, created once when no account of that name exists. Without a username
 * and a password nobody is created (there is no default password).
 *
 * @param username the admin's username
 * @param password the admin's first password (12 characters or more, as every password)
 * @param email    the admin's e-mail address; empty: the username if it is one, else {@code <username>@localhost.invalid}
 */
@ConfigurationProperties("eventlens.bootstrap-admin")
public record BootstrapAdminProperties(@DefaultValue("") String username, @DefaultValue("") String password,
                                       @DefaultValue("") String email) {

    public BootstrapAdminProperties {
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        email = email == null ? "" : email.strip();
    }

    boolean configured() {
        return !username.isBlank() && !password.isBlank();
    }

    /** An address is required of every account; an admin's access does not depend on it. */
    String emailOrDefault() {
        return !email.isEmpty() ? email : username.contains("@") ? username : username + "@localhost.invalid";
    }
}
