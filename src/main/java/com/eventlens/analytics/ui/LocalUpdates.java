package com.eventlens.analytics.ui;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.eventlens.analytics.AnalyticsUpdated;
import com.eventlens.cluster.ConditionalOnSingleProcess;

/** In the single process, the folds of this very process refresh the open dashboards. */
@Component
@ConditionalOnSingleProcess
class LocalUpdates {

    private final LiveAnalytics live;

    LocalUpdates(LiveAnalytics live) {
        this.live = live;
    }

    @EventListener
    void on(AnalyticsUpdated updated) {
        live.on(updated);
    }
}
