package com.eventlens.console.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with an OpenID Connect provider, off unless {@code issuer-uri} is set.
 *
 * @param issuerUri          the provider's issuer, e.g. {@code https://login.example.com/realms/staff}
 * @param clientId           the console's client id at the provider
 * @param clientSecret       its secret
 * @param emailClaim         the ID token or user info claim that carries the person's e-mail address
 * @param providerName       shown on the sign-in page: "Sign in with {providerName}"
 * @param autoCreateManagers whether a verified address without an account gets a new Event manager account
 */
@ConfigurationProperties("eventlens.sso")
public record SsoProperties(@DefaultValue("") String issuerUri, @DefaultValue("") String clientId,
                            @DefaultValue("") String clientSecret, @DefaultValue("email") String emailClaim,
                            @DefaultValue("single sign-on") String providerName,
                            @DefaultValue("false") boolean autoCreateManagers) {

    static final String REGISTRATION_ID = "sso";

    public SsoProperties {
        emailClaim = emailClaim == null || emailClaim.isBlank() ? "email" : emailClaim;
        providerName = providerName == null || providerName.isBlank() ? "single sign-on" : providerName;
    }

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** Where the sign-in page's "Sign in with …" link starts the provider's sign-in. */
    public static String authorizationPath() {
        return "/oauth2/authorization/" + REGISTRATION_ID;
    }
}
