package com.eventlens.analytics.ui;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.eventlens.analytics.AnalyticsUpdated;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Tells the open dashboards of an event that its rollups changed, once the change is committed. Views
 * subscribe while attached; nothing polls the database.
 */
@Component
public class LiveAnalytics {

    private final Map<UUID, Set<Runnable>> subscribers = new ConcurrentHashMap<>();

    LiveAnalytics(MeterRegistry metrics) {
        Gauge.builder("eventlens.dashboards.live", subscribers,
                        all -> all.values().stream().mapToInt(Set::size).sum())
                .description("Dashboards open in a browser that update themselves")
                .register(metrics);
    }

    public Registration subscribe(UUID eventId, Runnable onUpdate) {
        subscribers.computeIfAbsent(eventId, id -> ConcurrentHashMap.newKeySet()).add(onUpdate);
        return () -> subscribers.getOrDefault(eventId, Set.of()).remove(onUpdate);
    }

    /**
     * Runs {@code refresh} in the view's UI whenever the rollups of its event change while it is attached.
     * The event is asked for at attach time: a routed view knows it only after {@code beforeEnter}.
     */
    public void refreshWhileAttached(com.vaadin.flow.component.Component view, Supplier<UUID> eventId, Runnable refresh) {
        view.addAttachListener(attach -> {
            UUID event = eventId.get();
            if (event == null) {
                return;
            }
            UI ui = attach.getUI();
            Registration subscription = subscribe(event, () -> ui.access(refresh::run));
            view.addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnalyticsUpdated updated) {
        subscribers.getOrDefault(updated.eventId(), Set.of()).forEach(Runnable::run);
    }
}
