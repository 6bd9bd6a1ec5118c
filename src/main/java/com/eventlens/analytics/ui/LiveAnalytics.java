package com.eventlens.analytics.ui;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.eventlens.analytics.AnalyticsUpdated;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;

/**
 * Tells the open dashboards of an event that its rollups changed. {@link AnalyticsUpdated}, announced after the fold
 * committed and released its lock, comes from this process ({@link LocalUpdates}) or, in cluster mode, from whichever
 * fold node folded ({@link BroadcastUpdates}); it is handed at once to this component's own thread, which refreshes
 * the event's screens at most once per {@link #MIN_INTERVAL} however fast the folds come. Views subscribe while
 * attached; nothing polls the database.
 */
@Component
public class LiveAnalytics {

    static final Duration MIN_INTERVAL = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(LiveAnalytics.class);

    private final Map<UUID, Set<Runnable>> subscribers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-analytics");
        thread.setDaemon(true);
        return thread;
    });
    private final Throttle<UUID> throttle = new Throttle<>(MIN_INTERVAL, System::nanoTime,
            (task, delay) -> executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS), this::refresh);

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

    void on(AnalyticsUpdated updated) {
        throttle.signal(updated.eventId());
    }

    private void refresh(UUID eventId) {
        for (Runnable subscriber : subscribers.getOrDefault(eventId, Set.of())) {
            try {
                subscriber.run();
            } catch (RuntimeException failed) {
                // One closed or broken screen must not keep the others of the event from refreshing.
                log.debug("A live refresh of event {} failed", eventId, failed);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
