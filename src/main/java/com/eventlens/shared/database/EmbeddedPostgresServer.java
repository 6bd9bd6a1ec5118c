package com.eventlens.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A running embedded PostgreSQL 17 (zonky), either kept on disk across restarts or thrown away at exit. Either
 * way its superuser and the console's role have random passwords ({@link EmbeddedDatabaseCredentials}), the
 * console connects as the non-superuser role that owns its database, and no connection gets in without a
 * password ({@link EmbeddedDatabaseSecurity}).
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** How long a stop waits for a server that the operating system already told to stop. */
    private static final Duration STOPPING_BY_ITSELF = Duration.ofSeconds(10);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final EmbeddedDatabaseCredentials credentials;
    /** What to delete after the stop: the throw-away server's whole folder, or nothing. */
    private final Optional<Path> throwAway;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory,
                                   EmbeddedDatabaseCredentials credentials, Optional<Path> throwAway) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.credentials = credentials;
        this.throwAway = throwAway;
    }

    static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port, Map<String, String> settings) {
        // zonky turns durability off for tests; data that is kept must survive a power cut too.
        return start(dataDirectory, port, true, settings, Optional.empty());
    }

    static EmbeddedPostgresServer startEphemeral(Map<String, String> settings) {
        try {
            Path folder = Files.createTempDirectory("eventlens-postgres-");
            return start(folder.resolve("data"), 0, false, settings, Optional.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a folder for a throw-away embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable,
                                                Map<String, String> settings, Optional<Path> throwAway) {
        boolean initialised = Files.exists(dataDirectory.resolve("postgresql.conf"));
        if (initialised && !EmbeddedDatabaseCredentials.existFor(dataDirectory)
                && !EmbeddedDatabaseSecurity.trustsConnections(dataDirectory)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " needs the passwords in "
                    + EmbeddedDatabaseCredentials.fileOf(dataDirectory) + ", which is missing. Restore that file, or "
                    + "delete " + dataDirectory + " to start with an empty database.");
        }
        Path passwordFile = null;
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedDatabaseCredentials credentials = EmbeddedDatabaseCredentials.of(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // Stopped by the application after its context closed (EmbeddedDatabaseEnvironment), never by
                    // zonky's own shutdown hook, which would race the context's last use of the database.
                    .setRegisterShutdownHook(false)
                    // zonky's own readiness check signs in as the superuser.
                    .setConnectConfig("password", credentials.superuserPassword());
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                sizedForThisMachine().forEach(builder::setServerConfig);
            }
            settings.forEach(builder::setServerConfig);
            if (!initialised) {
                // zonky runs initdb with "-A trust" and passes its locale settings on as "--key=value" options,
                // which come later on the command line and so win: a new data directory never trusts anyone.
                passwordFile = Files.createTempFile("eventlens-initdb-", ".pw");
                Files.writeString(passwordFile, credentials.superuserPassword());
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory, credentials, throwAway);
            try {
                new EmbeddedDatabaseSecurity(dataDirectory, postgres.getPort(), credentials).apply();
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + (port == 0 ? "" : " on port " + port + " (is another Eventlens running?)"), e);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    /**
     * Settings for a database that takes a sustained ingest (decision record 15): shared buffers of a quarter of the
     * memory, at most 4 GB (the primary key of 50 M interactions is about 2.5 GB), and checkpoints far enough apart that
     * a page written at random — as the primary key's pages are — costs its full-page image in the WAL once per
     * checkpoint rather than over and over. Durability is untouched: every commit is flushed.
     */
    static Map<String, String> sizedForThisMachine() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 4L << 30;
        long sharedBuffersMb = Math.clamp(memory / 4 >> 20, 128, 4096);
        return Map.of(
                "shared_buffers", sharedBuffersMb + "MB",
                "max_wal_size", "8GB",
                "min_wal_size", "1GB",
                "checkpoint_timeout", "15min",
                "checkpoint_completion_target", "0.9");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + EmbeddedDatabaseCredentials.DATABASE;
    }

    String username() {
        return EmbeddedDatabaseCredentials.APPLICATION_ROLE;
    }

    String password() {
        return credentials.applicationPassword();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Stops the server, unless the operating system already did: a service manager (systemd) signals every process
     * of the service at once, and PostgreSQL then shuts down by itself once the console's connections are closed.
     * pg_ctl would only report that it found nothing to stop.
     */
    void stop() {
        Optional<ProcessHandle> postmaster = runningPostmaster();
        if (postmaster.isPresent() && !"stopping".equals(postmasterStatus())) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
            }
        } else if (postmaster.isPresent()) {
            log.info("The embedded PostgreSQL was told to stop by the system; waiting for it");
            postmaster.get().onExit().completeOnTimeout(null, STOPPING_BY_ITSELF.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
        throwAway.ifPresent(EmbeddedPostgresServer::deleteTree);
    }

    /** The postmaster named in its pid file, if it still runs. */
    private Optional<ProcessHandle> runningPostmaster() {
        return postmasterPidFile().flatMap(lines -> lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.getFirst().trim()))).filter(ProcessHandle::isAlive);
    }

    /** The server's own status line in its pid file: "starting", "ready", "stopping" … */
    private String postmasterStatus() {
        return postmasterPidFile().filter(lines -> lines.size() >= 8).map(lines -> lines.get(7).trim()).orElse("");
    }

    private Optional<List<String>> postmasterPidFile() {
        try {
            return Optional.of(Files.readAllLines(dataDirectory.resolve("postmaster.pid")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(EmbeddedPostgresServer::deleteQuietly);
        } catch (IOException e) {
            log.debug("Could not delete the throw-away database in {}", folder, e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                log.debug("Could not delete {}", path, e);
            }
        }
    }
}
