package com.eventlens.console.internal;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import com.eventlens.shared.database.EmbeddedDatabaseEnvironment;

/**
 * A demo console listens on this machine's loopback address only, unless {@code server.address} says otherwise:
 * its accounts' passwords are printed in the README.
 */
public class DemoModeEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String LOOPBACK = "127.0.0.1";

    private final Log log;

    public DemoModeEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoModeEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (DemoMode.activeIn(environment) && !environment.containsProperty("server.address")) {
            environment.getPropertySources().addLast(new MapPropertySource("demoModeAddress",
                    Map.of("server.address", LOOPBACK)));
            log.info("Demo mode: the console listens on " + LOOPBACK + " only; set server.address to reach it from "
                    + "elsewhere");
        }
    }

    @Override
    public int getOrder() {
        // After the embedded database said whether it runs (demo mode "auto" follows it).
        return EmbeddedDatabaseEnvironment.ORDER + 1;
    }
}
