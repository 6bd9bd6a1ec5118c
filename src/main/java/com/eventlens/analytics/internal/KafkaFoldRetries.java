package com.eventlens.analytics.internal;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import com.eventlens.cluster.ConditionalOnClusterMode;
import com.eventlens.cluster.ConditionalOnNodeRole;
import com.eventlens.cluster.NodeRole;

/**
 * The fold consumer's container: Spring Boot's settings, but a failed fold is tried again from the same offsets
 * without end (after 0.5 s, doubling to 10 s), never handed to a recoverer that would skip it: a batch that is not
 * folded must stay unacknowledged. The database being away is the usual cause, and it comes back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClusterMode
@ConditionalOnNodeRole(NodeRole.FOLD)
class KafkaFoldRetries {

    static final String CONTAINER_FACTORY = "foldContainerFactory";

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> foldContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(10_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return factory;
    }
}
