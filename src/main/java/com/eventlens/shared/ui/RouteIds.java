package com.eventlens.shared.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.router.BeforeEvent;

/** Reads UUIDs from route parameters; a malformed id is treated like an unknown one. */
public final class RouteIds {

    public static final String EVENT_ID = "eventId";

    private RouteIds() {
    }

    public static Optional<UUID> uuid(BeforeEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
    }

    public static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
