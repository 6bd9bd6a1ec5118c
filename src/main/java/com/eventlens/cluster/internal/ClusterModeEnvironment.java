package com.eventlens.cluster.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import com.eventlens.cluster.ClusterMode;
import com.eventlens.cluster.NodeRole;
import com.eventlens.cluster.NodeRoles;

/**
 * Settles cluster mode before the context exists. Without {@code spring.kafka.bootstrap-servers} Kafka stays out of
 * the application entirely (its auto-configuration excluded, Spring Modulith's externalization off), so that the single
 * process neither needs nor looks for a broker. With it, the producer is idempotent and waits for every in-sync
 * replica, unless set otherwise. A node that ingests but does not fold needs cluster mode: alone, nobody would fold
 * what it stores.
 */
public class ClusterModeEnvironment implements EnvironmentPostProcessor, Ordered {

    static final List<String> KAFKA_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration");
    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    private final Log log;

    public ClusterModeEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(ClusterModeEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        NodeRoles roles = NodeRoles.of(environment);
        if (ClusterMode.activeIn(environment)) {
            environment.getPropertySources().addLast(new MapPropertySource("clusterModeDefaults", Map.of(
                    "spring.kafka.producer.acks", "all",
                    "spring.kafka.producer.properties.enable.idempotence", "true")));
            log.info("Cluster mode on Kafka at " + environment.getProperty(ClusterMode.BOOTSTRAP_SERVERS)
                    + "; node roles " + roles);
            return;
        }
        if (roles.has(NodeRole.INGEST) && !roles.has(NodeRole.FOLD)) {
            throw new InvalidConfigurationPropertyValueException("eventlens.node.roles", roles.toString(),
                    "A node that ingests without the role fold needs cluster mode (set spring.kafka.bootstrap-servers): "
                            + "alone, nothing would fold the batches it stores.");
        }
        Set<String> excluded = new LinkedHashSet<>(StringUtils.commaDelimitedListToSet(environment.getProperty(EXCLUDE)));
        excluded.addAll(KAFKA_AUTO_CONFIGURATIONS);
        Map<String, Object> singleProcess = new LinkedHashMap<>();
        singleProcess.put(EXCLUDE, String.join(",", excluded));
        singleProcess.put("spring.modulith.events.externalization.enabled", "false");
        environment.getPropertySources().addFirst(new MapPropertySource("singleProcess", singleProcess));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
