package com.eventlens.interactions.internal;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * The ingest's back-pressure ({@link IngestGate}): how far the fold may fall behind before a new batch must wait.
 *
 * @param maxFoldLag        a batch is refused with {@code 429} while the oldest batch waiting for its fold has waited
 *                          longer than this
 * @param maxBatchesWaiting … or while more stored batches than this wait for their fold
 */
@ConfigurationProperties("eventlens.ingest")
@Validated
public record IngestProperties(@DefaultValue("10s") @DurationMin(millis = 1) Duration maxFoldLag,
                               @DefaultValue("500") @Min(1) long maxBatchesWaiting) {
}
