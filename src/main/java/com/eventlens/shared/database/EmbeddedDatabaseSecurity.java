package com.eventlens.shared.database;

import static com.eventlens.shared.database.EmbeddedDatabaseCredentials.APPLICATION_ROLE;
import static com.eventlens.shared.database.EmbeddedDatabaseCredentials.DATABASE;
import static com.eventlens.shared.database.EmbeddedDatabaseCredentials.SUPERUSER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a running embedded PostgreSQL to the state the console expects, whatever version of Eventlens made its
 * data directory: passwords on both roles, the data in the database {@code eventlens} owned by the non-superuser
 * role {@code eventlens}, and password (SCRAM) authentication only. Every step is idempotent and runs at every
 * start, so an interrupted migration simply continues.
 *
 * <p>Data directories of earlier versions were made with {@code trust} authentication and kept the console's
 * tables in the superuser's database {@code postgres}: that database becomes {@code eventlens} (a new empty
 * {@code postgres} takes its place, for maintenance) and everything in it passes to the application role.
 */
final class EmbeddedDatabaseSecurity {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSecurity.class);

    /** A pg_hba.conf rule that lets a connection in without a password. */
    private static final Pattern TRUST_RULE = Pattern.compile("^\\s*[^#\\s].*\\btrust\\b.*$");

    static final List<String> PASSWORD_ONLY_RULES = List.of(
            "# Written by Eventlens: every connection needs its role's password (SCRAM), and only this machine may connect.",
            "local   all             all                                     scram-sha-256",
            "host    all             all             127.0.0.1/32            scram-sha-256",
            "host    all             all             ::1/128                 scram-sha-256",
            "local   replication     all                                     scram-sha-256",
            "host    replication     all             127.0.0.1/32            scram-sha-256",
            "host    replication     all             ::1/128                 scram-sha-256");

    private final Path dataDirectory;
    private final int port;
    private final EmbeddedDatabaseCredentials credentials;

    EmbeddedDatabaseSecurity(Path dataDirectory, int port, EmbeddedDatabaseCredentials credentials) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.credentials = credentials;
    }

    /** Whether pg_hba.conf lets anyone in without a password (as in data directories of earlier versions). */
    static boolean trustsConnections(Path dataDirectory) {
        try {
            return Files.readAllLines(dataDirectory.resolve("pg_hba.conf")).stream()
                    .anyMatch(line -> TRUST_RULE.matcher(line).matches());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + dataDirectory.resolve("pg_hba.conf"), e);
        }
    }

    void apply() {
        try {
            try (Connection maintenance = connectAsSuperuser("template1"); Statement sql = maintenance.createStatement()) {
                sql.execute("alter role " + SUPERUSER + " with password '" + credentials.superuserPassword() + "'");
                if (!exists(sql, "select 1 from pg_roles where rolname = '" + APPLICATION_ROLE + "'")) {
                    sql.execute("create role " + APPLICATION_ROLE);
                }
                sql.execute("alter role " + APPLICATION_ROLE + " with login nosuperuser nocreatedb nocreaterole "
                        + "noreplication password '" + credentials.applicationPassword() + "'");
                if (!exists(sql, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                    createOrAdoptDatabase(sql);
                }
                sql.execute("alter database " + DATABASE + " owner to " + APPLICATION_ROLE);
            }
            try (Connection database = connectAsSuperuser(DATABASE); Statement sql = database.createStatement()) {
                sql.execute(HAND_OVER_EVERYTHING_IN_PUBLIC);
            }
            if (trustsConnections(dataDirectory)) {
                Files.write(dataDirectory.resolve("pg_hba.conf"), PASSWORD_ONLY_RULES);
                try (Connection maintenance = connectAsSuperuser("template1"); Statement sql = maintenance.createStatement()) {
                    sql.execute("select pg_reload_conf()");
                }
                log.info("The embedded PostgreSQL in {} now asks every connection for its password", dataDirectory);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + dataDirectory.resolve("pg_hba.conf"), e);
        }
    }

    /** A database of an earlier version kept the console's tables (Liquibase's among them) in "postgres". */
    private void createOrAdoptDatabase(Statement sql) throws SQLException {
        boolean earlierVersionsData;
        try (Connection legacy = connectAsSuperuser("postgres"); Statement check = legacy.createStatement()) {
            earlierVersionsData = exists(check, "select 1 where to_regclass('public.databasechangelog') is not null");
        }
        if (earlierVersionsData) {
            sql.execute("alter database postgres rename to " + DATABASE);
            sql.execute("create database postgres");
            log.info("Moved the console's data in {} from the database postgres to {}, owned by the role {}",
                    dataDirectory, DATABASE, APPLICATION_ROLE);
        } else {
            sql.execute("create database " + DATABASE + " owner " + APPLICATION_ROLE);
        }
    }

    /**
     * Tables (with their indexes and owned sequences), views and free-standing sequences of the schema
     * {@code public} pass to the application role; objects of extensions (pg_trgm's functions) stay where they are.
     */
    private static final String HAND_OVER_EVERYTHING_IN_PUBLIC = """
            do $$
            declare
                object record;
            begin
                for object in
                    select c.oid::regclass as name,
                           case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                          when 'S' then 'sequence' when 'f' then 'foreign table' else 'table' end as kind
                    from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public'
                      and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                      and c.relowner <> '%1$s'::regrole
                      and not exists (select 1 from pg_depend d
                                      where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                        and d.deptype in ('e', 'a', 'i'))
                loop
                    execute format('alter %%s %%s owner to %1$s', object.kind, object.name);
                end loop;
            end
            $$""".formatted(APPLICATION_ROLE);

    private Connection connectAsSuperuser(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", credentials.superuserPassword());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, properties);
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }
}
