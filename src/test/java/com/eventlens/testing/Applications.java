package com.eventlens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.eventlens.EventlensApplication;

/**
 * Whole applications started inside a test, as {@code java -jar} would start them: with command-line arguments,
 * which outrank the test class path's {@code config/application.properties} (a throw-away database).
 */
public final class Applications implements AutoCloseable {

    private final SecurityContextHolderStrategy securityContexts = SecurityContextHolder.getContextHolderStrategy();
    private ConfigurableApplicationContext running;

    /** Starts the application (closing one started before) with these arguments and a random HTTP port. */
    public ConfigurableApplicationContext start(String... arguments) {
        close();
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                "--spring.main.banner-mode=off"), java.util.Arrays.stream(arguments)).toArray(String[]::new);
        running = new SpringApplicationBuilder(EventlensApplication.class).run(all);
        return running;
    }

    @Override
    public void close() {
        if (running != null) {
            running.close();
            running = null;
        }
        // The applications started here installed Vaadin's JVM-wide strategy; the cached test contexts of the
        // other test classes need theirs back.
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
