package com.eventlens.analytics.internal;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the console reports itself not ready (its readiness probe DOWN) so that a load balancer sends work elsewhere.
 *
 * @param maxFoldLag readiness is DOWN while the rollups are further behind the stored interactions than this
 */
@ConfigurationProperties("eventlens.readiness")
@Validated
public record ReadinessProperties(@DefaultValue("60s") @DurationMin(millis = 1) Duration maxFoldLag) {
}
