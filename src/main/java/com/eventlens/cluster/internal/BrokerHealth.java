package com.eventlens.cluster.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import com.eventlens.cluster.ConditionalOnClusterMode;

/**
 * {@code /actuator/health/kafka}: whether this node reaches the broker. Part of the overall health, not of readiness:
 * while the broker is away, ingest nodes keep storing batches (the registry holds their publications until it
 * returns), so a load balancer must not take them out.
 */
@Component("kafka")
@ConditionalOnClusterMode
class BrokerHealth implements HealthIndicator {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Admin admin;

    BrokerHealth(Admin admin) {
        this.admin = admin;
    }

    @Override
    public Health health() {
        DescribeClusterResult cluster = admin.describeCluster(
                new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
        try {
            return Health.up()
                    .withDetail("clusterId", cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                    .withDetail("brokers", cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size())
                    .build();
        } catch (ExecutionException | TimeoutException e) {
            return Health.down().withDetail("error", "The broker did not answer within " + TIMEOUT.toSeconds() + " s")
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }
}
