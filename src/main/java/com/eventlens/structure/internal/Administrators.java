package com.eventlens.structure.internal;

import org.springframework.security.access.AccessDeniedException;

import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;

/**
 * Only an admin changes what events exist and how they are built. Checked by the endpoint before it reads a body
 * (an event manager learns nothing from validation errors) and again by the service that writes.
 */
final class Administrators {

    private Administrators() {
    }

    static void require() {
        if (!CurrentUser.get().map(ConsoleUser::isAdmin).orElse(false)) {
            throw new AccessDeniedException("Only an admin may create or change events");
        }
    }
}
