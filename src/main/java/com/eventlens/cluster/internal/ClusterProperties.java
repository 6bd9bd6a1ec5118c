package com.eventlens.cluster.internal;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The topics of cluster mode, created at start when missing (an existing topic keeps its settings), and how often
 * publications that did not reach the broker are sent again.
 *
 * @param partitions         partitions of {@code eventlens.interactions-recorded}: the most fold nodes that share
 *                           the work (an event's batches always go to one partition)
 * @param replicationFactor  copies of each partition on different brokers (3 in production, 1 on a single broker)
 * @param republishInterval  how often publications that failed to reach the broker (an outage) are sent again
 */
@ConfigurationProperties("eventlens.cluster")
@Validated
public record ClusterProperties(@DefaultValue("12") @Min(1) @Max(10_000) int partitions,
                                @DefaultValue("1") @Min(1) @Max(32) short replicationFactor,
                                @DefaultValue("15s") @DurationMin(seconds = 1) Duration republishInterval) {
}
