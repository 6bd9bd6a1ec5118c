package com.eventlens.cluster.internal;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import com.eventlens.cluster.ClusterMode;
import com.eventlens.cluster.ConditionalOnClusterMode;

/**
 * Cluster mode's own beans: the topics (Spring Boot's {@code KafkaAdmin} creates the missing ones at start), the
 * broker's health, and the periodic republication of what an outage kept from the broker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClusterMode
class ClusterConfiguration {

    /** Long enough for a fold node that is down for a day to catch up; the database stays the source of truth. */
    static final Duration INTERACTIONS_RETENTION = Duration.ofDays(7);
    /** A refresh notice matters for seconds: console nodes start reading at the end. */
    static final Duration UPDATES_RETENTION = Duration.ofHours(1);

    @Bean
    NewTopic interactionsRecordedTopic(ClusterProperties cluster) {
        return TopicBuilder.name(ClusterMode.INTERACTIONS_RECORDED)
                .partitions(cluster.partitions())
                .replicas(cluster.replicationFactor())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(INTERACTIONS_RETENTION.toMillis())))
                .build();
    }

    /** One partition: every console node reads all of it anyway, and there are few notices (one per fold). */
    @Bean
    NewTopic analyticsUpdatedTopic(ClusterProperties cluster) {
        return TopicBuilder.name(ClusterMode.ANALYTICS_UPDATED)
                .partitions(1)
                .replicas(cluster.replicationFactor())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(UPDATES_RETENTION.toMillis())))
                .build();
    }
}
