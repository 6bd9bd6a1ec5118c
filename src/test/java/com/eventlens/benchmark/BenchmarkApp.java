package com.eventlens.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;

import com.eventlens.EventlensApplication;
import com.eventlens.testing.Applications;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * The application under test, started in this JVM exactly as in production (Tomcat on a free port, the
 * embedded PostgreSQL 17, durable), but on a fresh database and without the demo event. The benchmark talks to
 * it through HTTP, its facades (to build fixtures), and its own JDBC connections (to measure and verify;
 * never the application's pool, so as not to take connections from it).
 */
final class BenchmarkApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final URI baseUri;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String superuserPassword;

    private BenchmarkApp(ConfigurableApplicationContext context, String superuserPassword) {
        this.context = context;
        this.baseUri = URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
        this.jdbcUrl = context.getEnvironment().getRequiredProperty("spring.datasource.url");
        this.user = context.getEnvironment().getProperty("spring.datasource.username");
        this.password = context.getEnvironment().getProperty("spring.datasource.password");
        this.superuserPassword = superuserPassword;
    }

    static BenchmarkApp start() {
        // A durable embedded PostgreSQL (fsync and synchronous commit on, as the console's own), on a fresh data
        // directory under target/ and a free port: the figures must not profit from a test-only configuration.
        String dataDirectory = "target/benchmark/postgres-" + System.currentTimeMillis();
        // Command-line arguments, because they outrank the test class path's config/application.properties
        // (which asks for a throw-away database); builder properties would only be defaults.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EventlensApplication.class)
                .run("--eventlens.embedded-database.ephemeral=false",
                        "--eventlens.embedded-database.data-directory=" + dataDirectory,
                        "--eventlens.embedded-database.port=" + Applications.freePort(),
                        "--eventlens.demo.mode=off",
                        // Statement statistics for the report (where the database's time goes).
                        "--eventlens.embedded-database.settings.shared_preload_libraries=pg_stat_statements",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        // The load would otherwise flood the console; warnings and errors still show.
                        "--logging.level.root=warn",
                        "--logging.level.com.eventlens=warn");
        return new BenchmarkApp(context, superuserPassword(Path.of(dataDirectory)));
    }

    /**
     * The embedded server's superuser password, from the file it keeps beside its data directory (decision record 9):
     * the console itself connects as a role without superuser rights, but the benchmark's measurements need them
     * ({@code CHECKPOINT}, {@code data_directory}, {@code pg_stat_statements} of every role).
     */
    private static String superuserPassword(Path dataDirectory) {
        Path file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".credentials");
        try (var in = Files.newBufferedReader(file)) {
            Properties credentials = new Properties();
            credentials.load(in);
            return credentials.getProperty("superuser.password");
        } catch (IOException e) {
            throw new UncheckedIOException("No passwords beside the benchmark's database in " + file, e);
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The application's event publisher (the context itself, not a bean). */
    ApplicationEventPublisher events() {
        return context;
    }

    URI uri(String path) {
        return baseUri.resolve(path);
    }

    /** Where the application's database is, for other processes (the cluster section's nodes) to share it. */
    String jdbcUrl() {
        return jdbcUrl;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** A fresh connection of the benchmark's own, outside the application's pool. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** A connection as the server's superuser, to the application's database: for measuring, never for the load. */
    Connection connectAsSuperuser() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", superuserPassword);
    }

    /** The application's connection pool, to watch how busy it is. */
    HikariPoolMXBean pool() {
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean() : null;
        } catch (SQLException e) {
            return null;
        }
    }

    int poolSize() {
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    /** The server settings that matter for write throughput, for the report. */
    Map<String, String> databaseSettings() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = connectAsSuperuser(); var statement = connection.createStatement()) {
            for (String name : List.of("server_version", "shared_buffers", "synchronous_commit", "fsync",
                    "wal_level", "max_wal_size", "work_mem", "max_connections")) {
                try (var rs = statement.executeQuery("show " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        return settings;
    }

    @Override
    public void close() {
        context.close();
    }
}
