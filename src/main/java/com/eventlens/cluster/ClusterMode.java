package com.eventlens.cluster;

import org.springframework.core.env.Environment;

/**
 * Cluster mode: the nodes speak through Apache Kafka. On exactly when {@code spring.kafka.bootstrap-servers} is set,
 * with the same test as {@link ConditionalOnClusterMode}; without it nothing connects to a broker.
 */
public final class ClusterMode {

    public static final String BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";

    /** Batches stored by an ingest node, keyed by their event: one event's batches stay in one partition, in order. */
    public static final String INTERACTIONS_RECORDED = "eventlens.interactions-recorded";
    /** Folds done by a fold node, for every console node to refresh its open dashboards of the event. */
    public static final String ANALYTICS_UPDATED = "eventlens.analytics-updated";
    /** The consumer group of the fold nodes: each batch is folded by one of them. */
    public static final String FOLD_GROUP = "eventlens-fold";

    private ClusterMode() {
    }

    public static boolean activeIn(Environment environment) {
        String servers = environment.getProperty(BOOTSTRAP_SERVERS);
        return servers != null && !"false".equalsIgnoreCase(servers);
    }
}
