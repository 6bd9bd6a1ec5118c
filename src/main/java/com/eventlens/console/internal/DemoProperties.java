package com.eventlens.console.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether this console runs as a demo: with the demo accounts and the demo event, on the loopback address.
 *
 * @param mode {@code auto}: a demo exactly when running on the embedded database; {@code on}; {@code off}
 */
@ConfigurationProperties("eventlens.demo")
public record DemoProperties(@DefaultValue("auto") Mode mode) {

    public enum Mode {
        AUTO, ON, OFF
    }
}
