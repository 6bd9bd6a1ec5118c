package com.eventlens.cluster.internal;

import org.apache.kafka.clients.admin.Admin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.eventlens.cluster.ConditionalOnClusterMode;

/** One Kafka admin client per node, with Spring Boot's admin settings, for the broker's health and the fold's lag. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClusterMode
class ClusterAdmin {

    @Bean(destroyMethod = "close")
    Admin clusterAdminClient(KafkaAdmin settings) {
        return Admin.create(settings.getConfigurationProperties());
    }
}
