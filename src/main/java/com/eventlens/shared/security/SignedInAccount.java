package com.eventlens.shared.security;

/**
 * A principal that stands for a console account without being a {@link ConsoleUser} itself, such as the user of a
 * single sign-on, whose principal must be the provider's OIDC user.
 */
public interface SignedInAccount {

    ConsoleUser account();
}
