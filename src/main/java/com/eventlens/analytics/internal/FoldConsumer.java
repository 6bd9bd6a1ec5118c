package com.eventlens.analytics.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.eventlens.cluster.ClusterMode;
import com.eventlens.cluster.ConditionalOnClusterMode;
import com.eventlens.cluster.ConditionalOnNodeRole;
import com.eventlens.cluster.NodeRole;
import com.eventlens.interactions.InteractionsRecorded;

import tools.jackson.databind.ObjectMapper;

/**
 * The fold's trigger in cluster mode: the fold nodes share the topic {@code eventlens.interactions-recorded} in one
 * consumer group. An event's batches are keyed by the event, so they sit in one partition, which one consumer reads at
 * a time: one event's folds never run in parallel (and the event's lock stays, for rebuilds and for the moment a
 * partition moves between nodes).
 *
 * <p>Each poll's batches are queued with the {@link RollupFolder} (which folds many of an event together), and the
 * listener returns once all of them are folded and committed; only then does the container commit the offsets. A
 * fold node that dies before loses nothing: the next owner of the partition reads the batches again from the last
 * committed offset, and the applied-batch mark lets through only what was not folded. A fold that fails is retried
 * by the container from the same offset ({@code KafkaFoldRetries}), never skipped. The batches come without their
 * rows, which the fold reads back from {@code recorded_interaction}, the source of truth.
 */
@Component
@ConditionalOnClusterMode
@ConditionalOnNodeRole(NodeRole.FOLD)
class FoldConsumer {

    static final String LISTENER_ID = "eventlens-fold";

    private final RollupFolder folder;
    private final ObjectMapper json;

    FoldConsumer(RollupFolder folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
    }

    @KafkaListener(id = LISTENER_ID, topics = ClusterMode.INTERACTIONS_RECORDED, groupId = ClusterMode.FOLD_GROUP,
            batch = "true", containerFactory = KafkaFoldRetries.CONTAINER_FACTORY,
            properties = "auto.offset.reset=earliest")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        CompletableFuture<?>[] folded = records.stream()
                .map(record -> json.readValue(record.value(), InteractionsRecorded.class))
                .map(folder::queue)
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(folded).join();
    }
}
