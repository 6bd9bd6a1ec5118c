package com.eventlens.interactions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Repository;

import com.eventlens.cluster.ClusterMode;
import com.eventlens.cluster.ConditionalOnClusterMode;
import com.eventlens.interactions.RecordedBacklog;

import jakarta.annotation.PreDestroy;

/**
 * The backlog in cluster mode, where a batch waits for its fold in two places: in the event publication registry
 * until the broker took it ({@link RegistryBacklog}: during an outage, everything), then in the topic until the fold
 * group committed past it. The batches waiting are both counts added up; the lag is the older of the registry's
 * oldest publication and the oldest record of the topic beyond the fold group's committed offsets (read with a
 * consumer of no group, which commits nothing). The topic's part is measured in the background, at most every
 * {@link #REMEASURE} and never on the caller's thread, so that an ingest request never waits for the broker; while the
 * broker does not answer (its last measure older than {@link #STALE}), the registry's figures stand alone.
 */
@Repository
@Primary
@ConditionalOnClusterMode
class FoldGroupBacklog implements RecordedBacklog {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration REMEASURE = Duration.ofMillis(500);
    static final Duration STALE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(FoldGroupBacklog.class);

    private final RegistryBacklog registry;
    private final Admin admin;
    private final Consumer<Object, Object> probe;
    private final Clock clock;
    private final AtomicReference<Measured> last = new AtomicReference<>();
    private final AtomicBoolean measuring = new AtomicBoolean();

    private record Measured(Backlog backlog, long atNanos) {
    }

    FoldGroupBacklog(RegistryBacklog registry, Admin admin, ConsumerFactory<Object, Object> consumers, Clock clock) {
        this.registry = registry;
        this.admin = admin;
        Properties probeSettings = new Properties();
        probeSettings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        probeSettings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "16384");
        this.probe = consumers.createConsumer(null, "eventlens-fold-lag", null, probeSettings);
        this.clock = clock;
    }

    @Override
    public Backlog now() {
        Backlog unsent = registry.now();
        Measured measured = last.get();
        long now = System.nanoTime();
        if ((measured == null || now - measured.atNanos() > REMEASURE.toNanos()) && measuring.compareAndSet(false, true)) {
            Thread.ofVirtual().name("fold-group-backlog").start(this::measure);
        }
        if (measured == null || now - measured.atNanos() > STALE.toNanos()) {
            return unsent;
        }
        Backlog inTopic = measured.backlog();
        return new Backlog(unsent.batchesWaiting() + inTopic.batchesWaiting(),
                unsent.lag().compareTo(inTopic.lag()) >= 0 ? unsent.lag() : inTopic.lag());
    }

    private void measure() {
        try {
            last.set(new Measured(inTopic(), System.nanoTime()));
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.debug("The fold group's backlog is unknown: the broker did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            measuring.set(false);
        }
    }

    private synchronized Backlog inTopic() throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ClusterMode.FOLD_GROUP)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<TopicPartition> partitions = admin.describeTopics(List.of(ClusterMode.INTERACTIONS_RECORDED))
                .allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(ClusterMode.INTERACTIONS_RECORDED).partitions().stream()
                .map(partition -> new TopicPartition(ClusterMode.INTERACTIONS_RECORDED, partition.partition()))
                .toList();
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> from = new HashMap<>();
        long waiting = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            long position = Math.max(done == null ? 0 : done.offset(), starts.get(partition));
            if (ends.get(partition) > position) {
                waiting += ends.get(partition) - position;
                from.put(partition, position);
            }
        }
        return new Backlog(waiting, from.isEmpty() ? Duration.ZERO : ageOfOldest(from));
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    /** The age of the oldest of the first waiting records of the partitions (those one poll brings). */
    private Duration ageOfOldest(Map<TopicPartition, Long> from) {
        probe.assign(from.keySet());
        from.forEach(probe::seek);
        Map<TopicPartition, Long> firstTimestamps = new HashMap<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (firstTimestamps.size() < from.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<Object, Object> record : probe.poll(Duration.ofMillis(100))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                firstTimestamps.putIfAbsent(partition, record.timestamp());
                probe.pause(List.of(partition));
            }
        }
        probe.unsubscribe();
        return firstTimestamps.values().stream().min(Long::compare)
                .map(oldest -> Duration.between(Instant.ofEpochMilli(oldest), clock.instant()))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }

    @PreDestroy
    synchronized void close() {
        probe.close();
    }
}
