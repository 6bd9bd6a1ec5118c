package com.eventlens.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A running embedded PostgreSQL 17 (zonky), either kept on disk across restarts or thrown away at exit. */
final class EmbeddedPostgresServer {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            // zonky turns durability off for tests; data that is kept must survive a power cut too.
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " on port " + port + " (is another Eventlens running?)", e);
        }
    }

    static EmbeddedPostgresServer startEphemeral() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throw-away embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
