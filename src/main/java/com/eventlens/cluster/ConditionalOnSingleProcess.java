package com.eventlens.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** A bean of the single process, the complement of {@link ConditionalOnClusterMode}: no broker configured. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = ClusterMode.BOOTSTRAP_SERVERS, havingValue = "false", matchIfMissing = true)
public @interface ConditionalOnSingleProcess {
}
