package com.eventlens.analytics.ui;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.eventlens.analytics.AnalyticsUpdated;
import com.eventlens.cluster.ClusterMode;
import com.eventlens.cluster.ConditionalOnClusterMode;
import com.eventlens.cluster.ConditionalOnNodeRole;
import com.eventlens.cluster.NodeRole;

import tools.jackson.databind.ObjectMapper;

/**
 * In cluster mode every console node refreshes its open dashboards after a fold on any fold node (its own included:
 * the notice takes the same way for all). Each console node reads {@code eventlens.analytics-updated} in a consumer
 * group of its own, a new one at every start, from the end: a broadcast of what happens from now on, and nothing of
 * the past, which the dashboards read from the database when they open.
 */
@Component
@ConditionalOnClusterMode
@ConditionalOnNodeRole(NodeRole.CONSOLE)
class BroadcastUpdates {

    private final LiveAnalytics live;
    private final ObjectMapper json;

    BroadcastUpdates(LiveAnalytics live, ObjectMapper json) {
        this.live = live;
        this.json = json;
    }

    @KafkaListener(id = "eventlens-console-updates", topics = ClusterMode.ANALYTICS_UPDATED,
            groupId = "eventlens-console-#{T(java.util.UUID).randomUUID()}",
            properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, byte[]> record) {
        live.on(json.readValue(record.value(), AnalyticsUpdated.class));
    }
}
