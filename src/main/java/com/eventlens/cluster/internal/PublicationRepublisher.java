package com.eventlens.cluster.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

import com.eventlens.cluster.ConditionalOnClusterMode;

/**
 * Heals a broker outage without a restart. An externalized event whose send failed (the producer gave up after its
 * delivery timeout) stays in the event publication registry, marked failed; every
 * {@code eventlens.cluster.republish-interval} those are sent again, oldest first, until the broker takes them. Only
 * externalized events: the module listeners of the node retry their own way. Publications left in flight by a crash
 * are resubmitted at the next start ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
@ConditionalOnClusterMode
class PublicationRepublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublicationRepublisher.class);

    private final IncompleteEventPublications publications;
    private final EventExternalizationConfiguration externalized;
    private final ClusterProperties cluster;
    private ScheduledExecutorService timer;

    PublicationRepublisher(IncompleteEventPublications publications, EventExternalizationConfiguration externalized,
                           ClusterProperties cluster) {
        this.publications = publications;
        this.externalized = externalized;
        this.cluster = cluster;
    }

    void republishFailed() {
        try {
            publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
                    .withFilter(publication -> externalized.supports(publication.getEvent())));
        } catch (RuntimeException e) {
            log.warn("Republishing the publications that did not reach the broker failed; trying again in {}",
                    cluster.republishInterval(), e);
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("kafka-republisher")
                .factory());
        long every = cluster.republishInterval().toMillis();
        timer.scheduleWithFixedDelay(this::republishFailed, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
