package com.eventlens.console.internal;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration of single sign-on, read from the provider's discovery document when first needed
 * (not at start-up: the console must start even while the provider is down, and sign-in with a password works).
 */
class SsoRegistrations implements ClientRegistrationRepository {

    private final SsoProperties properties;
    private volatile ClientRegistration registration;

    SsoRegistrations(SsoProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SsoProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                            .registrationId(SsoProperties.REGISTRATION_ID)
                            .clientId(properties.clientId())
                            .clientSecret(properties.clientSecret())
                            .clientName(properties.providerName())
                            .scope("openid", "profile", "email")
                            .build();
                }
                known = registration;
            }
        }
        return known;
    }
}
