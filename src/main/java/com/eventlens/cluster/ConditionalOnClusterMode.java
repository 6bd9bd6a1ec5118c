package com.eventlens.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** A bean of cluster mode: exactly when {@code spring.kafka.bootstrap-servers} is set (and not {@code false}). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(ClusterMode.BOOTSTRAP_SERVERS)
public @interface ConditionalOnClusterMode {
}
