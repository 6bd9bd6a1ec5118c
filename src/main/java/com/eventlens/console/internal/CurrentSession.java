package com.eventlens.console.internal;

import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;

/** The HTTP session of the current console round trip, if there is one (an API call has none). */
final class CurrentSession {

    private CurrentSession() {
    }

    static Optional<String> id() {
        VaadinRequest request = VaadinRequest.getCurrent();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        return session == null ? Optional.empty() : Optional.of(session.getId());
    }
}
