/**
 * Cluster: what a node of Eventlens does ({@link com.eventlens.cluster.NodeRoles}: ingest, fold, console) and, in
 * cluster mode (exactly when {@code spring.kafka.bootstrap-servers} is set), the Apache Kafka topics between nodes.
 * It depends on no other module; the others mark their node-specific beans with {@link ConditionalOnNodeRole},
 * {@link ConditionalOnClusterMode} and {@link ConditionalOnSingleProcess} (decision record 19).
 */
package com.eventlens.cluster;
