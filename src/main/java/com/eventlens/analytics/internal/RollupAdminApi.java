package com.eventlens.analytics.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.eventlens.analytics.RollupMaintenance;
import com.eventlens.people.EventAccess;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;

/** {@code POST /api/v1/events/{eventId}/analytics/rebuild}: an admin recomputes an event's rollups from raw data. */
@RestController
class RollupAdminApi {

    private final EventAccess events;
    private final RollupMaintenance maintenance;

    RollupAdminApi(EventAccess events, RollupMaintenance maintenance) {
        this.events = events;
        this.maintenance = maintenance;
    }

    @PostMapping("/api/v1/events/{eventId}/analytics/rebuild")
    ResponseEntity<Map<String, Object>> rebuild(@PathVariable UUID eventId) {
        if (events.findVisible(eventId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No event " + eventId);
        }
        if (!CurrentUser.get().map(ConsoleUser::isAdmin).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an admin may rebuild an event's analytics.");
        }
        long started = System.nanoTime();
        maintenance.rebuild(eventId);
        return ResponseEntity.ok(Map.of("eventId", eventId, "rebuilt", true,
                "milliseconds", (System.nanoTime() - started) / 1_000_000));
    }
}
