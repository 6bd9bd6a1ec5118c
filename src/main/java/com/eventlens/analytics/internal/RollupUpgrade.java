package com.eventlens.analytics.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.eventlens.analytics.RollupMaintenance;

/**
 * Rollups made by an earlier version lack what later versions added (the event-level rollups of version 2: live
 * viewers, attendee totals and scores, videos' completion). Once the application is ready, every event whose rollups
 * are older than {@link #CURRENT} is rebuilt from its raw interactions, one after the other on a thread of its own;
 * until then its new figures read as empty. A rebuild leaves the event at the current version.
 */
@Component
class RollupUpgrade {

    /** The version {@code analytics_event_state.rollup_version} gets by default (db/analytics/005-…). */
    static final int CURRENT = 2;

    private static final Logger log = LoggerFactory.getLogger(RollupUpgrade.class);

    private final JdbcClient jdbc;
    private final RollupMaintenance maintenance;

    RollupUpgrade(JdbcClient jdbc, RollupMaintenance maintenance) {
        this.jdbc = jdbc;
        this.maintenance = maintenance;
    }

    @EventListener(ApplicationReadyEvent.class)
    void upgradeInTheBackground() {
        List<UUID> outdated = jdbc.sql("select event_id from analytics_event_state where rollup_version < ?")
                .param(CURRENT).query(UUID.class).list();
        if (outdated.isEmpty()) {
            return;
        }
        Thread.ofPlatform().name("rollup-upgrade").daemon().start(() -> {
            for (UUID eventId : outdated) {
                long started = System.nanoTime();
                maintenance.rebuild(eventId);
                log.info("Rebuilt the rollups of event {} for version {} in {} ms", eventId, CURRENT,
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }
}
