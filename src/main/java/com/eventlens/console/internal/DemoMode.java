package com.eventlens.console.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.eventlens.shared.database.EmbeddedDatabaseEnvironment;

/**
 * Whether this console runs as a demo ({@link DemoProperties}): {@code eventlens.demo.mode} {@code auto} follows
 * whether the embedded database runs, {@code on} and {@code off} say it outright.
 */
@Component
public class DemoMode {

    private final boolean active;

    DemoMode(Environment environment) {
        this.active = activeIn(environment);
    }

    /** Also asked before the application context exists (see {@link DemoModeEnvironment}). */
    static boolean activeIn(Environment environment) {
        DemoProperties demo = Binder.get(environment).bindOrCreate("eventlens.demo", DemoProperties.class);
        return switch (demo.mode()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> environment.getProperty(EmbeddedDatabaseEnvironment.ACTIVE_PROPERTY, Boolean.class, false);
        };
    }

    public boolean isActive() {
        return active;
    }
}
