package com.eventlens.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.eventlens.analytics.AnalyticsUpdated;
import com.eventlens.interactions.Ingest;
import com.eventlens.testing.Interactions;
import com.eventlens.testing.TestEvent;

/**
 * {@link AnalyticsUpdated} is published once the fold committed, outside its transaction: a screen that refreshes on
 * it reads the new figures. It is a plain event, which the publication registry does not record.
 */
@SpringBootTest
class LiveUpdatePublicationTests {

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;

    record Seen(boolean inTransaction, long foldedBatches, long registryRows) {
    }

    final List<Seen> seen = new CopyOnWriteArrayList<>();
    ApplicationListener<ApplicationEvent> listener;

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void theUpdateIsPublishedAfterTheFoldCommitted_outsideItsTransaction_andLeavesNoPublicationBehind() {
        TestEvent event = TestEvent.create(context);
        listener = published -> {
            if (published instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof AnalyticsUpdated(UUID eventId) && eventId.equals(event.id())) {
                seen.add(new Seen(TransactionSynchronizationManager.isActualTransactionActive(),
                        jdbc.sql("select count(*) from analytics_applied_batch where event_id = ?").param(eventId)
                                .query(Long.class).single(),
                        jdbc.sql("select count(*) from event_publication where event_type like '%AnalyticsUpdated'")
                                .query(Long.class).single()));
            }
        };
        context.addApplicationListener(listener);

        ingest.record(event.id(), List.of(new Interactions(event).live(event.ann(), event.keynote(), 10, true)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !seen.isEmpty());
        assertThat(seen.getFirst()).isEqualTo(new Seen(false, 1, 0));
    }
}
