package com.eventlens.console.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.eventlens.shared.database.EmbeddedDatabaseEnvironment;

/**
 * Whether this console runs as a demo: with demo accounts and the demo event. {@code eventlens.demo.mode}
 * is {@code auto} (a demo exactly when running on the embedded database), {@code on} or {@code off}.
 */
@Component
public class DemoMode {

    private final boolean active;

    DemoMode(Environment environment) {
        this.active = activeIn(environment);
    }

    /** Also asked before the application context exists (see {@link DemoModeEnvironment}). */
    static boolean activeIn(Environment environment) {
        String mode = environment.getProperty("eventlens.demo.mode", "auto");
        return switch (mode) {
            case "on" -> true;
            case "off" -> false;
            case "auto" -> environment.getProperty(EmbeddedDatabaseEnvironment.ACTIVE_PROPERTY, Boolean.class, false);
            default -> throw new IllegalStateException("eventlens.demo.mode must be auto, on or off, not " + mode);
        };
    }

    public boolean isActive() {
        return active;
    }
}
