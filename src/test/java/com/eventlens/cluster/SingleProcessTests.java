package com.eventlens.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

import com.eventlens.interactions.RecordedBacklog;

/**
 * Without {@code spring.kafka.bootstrap-servers} the application is the single process it was: no Kafka bean at all
 * (nothing that could connect to a broker), no externalization, the fold and the live updates in process.
 */
@SpringBootTest
class SingleProcessTests {

    @Autowired
    ApplicationContext context;

    @Test
    void withoutABrokerNothingOfKafkaExists() {
        assertThat(context.getBeanNamesForType(KafkaTemplate.class)).isEmpty();
        assertThat(context.getBeanNamesForType(KafkaAdmin.class)).isEmpty();
        assertThat(context.getBeanNamesForType(KafkaListenerEndpointRegistry.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DelegatingEventExternalizer.class)).isEmpty();
        assertThat(context.getBeanNamesForType(EventExternalizationConfiguration.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.apache.kafka.clients.admin.Admin.class)).isEmpty();
    }

    @Test
    void everyRoleRunsInProcess() {
        assertThat(context.getBean(NodeRoles.class).roles()).containsExactlyInAnyOrder(NodeRole.values());
        assertThat(context.containsBean("rollupUpdater")).as("the in-process fold listener").isTrue();
        assertThat(context.containsBean("localUpdates")).as("the in-process live updates").isTrue();
        assertThat(context.containsBean("foldConsumer")).isFalse();
        assertThat(context.containsBean("broadcastUpdates")).isFalse();
        assertThat(context.getBeansOfType(RecordedBacklog.class)).containsOnlyKeys("registryBacklog");
    }
}
