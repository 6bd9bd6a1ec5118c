package com.eventlens.analytics.ui;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.eventlens.analytics.AnalyticsUpdated;
import com.vaadin.flow.shared.Registration;

/**
 * Tells the open dashboards of an event that its rollups changed, once the change is committed. Views
 * subscribe while attached; nothing polls the database.
 */
@Component
public class LiveAnalytics {

    private final Map<UUID, Set<Runnable>> subscribers = new ConcurrentHashMap<>();

    public Registration subscribe(UUID eventId, Runnable onUpdate) {
        subscribers.computeIfAbsent(eventId, id -> ConcurrentHashMap.newKeySet()).add(onUpdate);
        return () -> subscribers.getOrDefault(eventId, Set.of()).remove(onUpdate);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnalyticsUpdated updated) {
        subscribers.getOrDefault(updated.eventId(), Set.of()).forEach(Runnable::run);
    }
}
