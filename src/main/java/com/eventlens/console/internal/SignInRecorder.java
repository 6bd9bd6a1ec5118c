package com.eventlens.console.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records an account's last sign-in for the Accounts page: a sign-in with the form or by single sign-on, not every
 * API call (which authenticates anew each time and would write a row per request).
 */
@Component
class SignInRecorder {

    private final Accounts accounts;
    private final Clock clock;

    SignInRecorder(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The name is the account's username for both ways in (a single sign-on's {@link SsoUser} answers it too). */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName(), clock.instant());
    }
}
