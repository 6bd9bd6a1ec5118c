package com.eventlens.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.eventlens.testing.Applications;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL asks every connection for a password: random per data directory, kept beside it for its
 * owner only. The console connects as a role that owns its database but is no superuser, and data directories made
 * by earlier versions (trust authentication, the console's tables in the superuser's database) move over on their
 * first start and keep working.
 */
class EmbeddedDatabaseSecurityTests {

    @TempDir
    Path folder;

    EmbeddedPostgresServer server;
    final Applications applications = new Applications();

    @AfterEach
    void stop() {
        applications.close();
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aNewDataDirectoryAsksEveryConnectionForItsPassword() throws Exception {
        Path data = folder.resolve("postgres");
        server = EmbeddedPostgresServer.startPersistent(data, Applications.freePort(), Map.of());

        Path credentials = folder.resolve("postgres.credentials");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        assertThat(Files.readString(credentials)).contains(server.password());
        assertThat(server.password()).hasSize(64);

        assertRefused("eventlens", null);
        assertRefused("postgres", null);
        assertRefused("eventlens", "eventlens");
        assertRefused("postgres", "postgres");
        assertThat(authenticationRules(data)).isNotEmpty().allMatch(rule -> rule.endsWith("scram-sha-256"));

        try (Connection console = connect(server.username(), server.password())) {
            JdbcClient jdbc = jdbc(console);
            assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("eventlens");
            assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                    .query(Boolean.class).single()).as("a superuser or role maker").isFalse();
            assertThat(jdbc.sql("select pg_get_userbyid(datdba) from pg_database where datname = current_database()")
                    .query(String.class).single()).isEqualTo("eventlens");
        }

        // The next start reads the same passwords.
        server.stop();
        server = EmbeddedPostgresServer.startPersistent(data, Applications.freePort(), Map.of());
        try (Connection console = connect(server.username(), server.password())) {
            assertThat(jdbc(console).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aThrowAwayServerIsProtectedTooAndLeavesNothingBehind() throws Exception {
        server = EmbeddedPostgresServer.startEphemeral(Map.of());
        assertRefused("eventlens", null);
        try (Connection console = connect(server.username(), server.password())) {
            assertThat(jdbc(console).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }
        Path data = server.dataDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolveSibling("data.credentials")))).isEqualTo("rw-------");
        server.stop();
        server = null;
        assertThat(data.getParent()).doesNotExist();
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionMovesOverOnItsFirstStartAndKeepsWorking() throws Exception {
        // Made the way earlier versions did: zonky's defaults (trust, the superuser "postgres"), and the console
        // connected as that superuser to its database "postgres", with the demo event seeded.
        Path data = folder.resolve("postgres");
        int port = Applications.freePort();
        EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(port).setRegisterShutdownHook(false).start();
        ConfigurableApplicationContext before = applications.start(
                "--spring.datasource.url=" + earlier.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--eventlens.demo.mode=on");
        long people = before.getBean(JdbcClient.class).sql("select count(*) from registration").query(Long.class).single();
        assertThat(people).isEqualTo(255);
        applications.close();
        earlier.close();
        assertThat(authenticationRules(data)).anyMatch(rule -> rule.endsWith("trust"));

        server = EmbeddedPostgresServer.startPersistent(data, port, Map.of());

        assertRefused("postgres", null);
        assertRefused("eventlens", null);
        assertThat(authenticationRules(data)).isNotEmpty().allMatch(rule -> rule.endsWith("scram-sha-256"));
        try (Connection console = connect(server.username(), server.password())) {
            JdbcClient jdbc = jdbc(console);
            assertThat(jdbc.sql("select count(*) from registration").query(Long.class).single()).isEqualTo(people);
            assertThat(jdbc.sql("""
                            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'i')
                              and pg_get_userbyid(c.relowner) <> 'eventlens'
                              and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')""")
                    .query(String.class).list()).as("objects the console's role does not own").isEmpty();
        }
        server.stop();
        server = null;

        // The console starts on the moved data as before: its accounts and the demo event are there, nothing seeded twice.
        ConfigurableApplicationContext after = applications.start("--eventlens.embedded-database.ephemeral=false",
                "--eventlens.embedded-database.data-directory=" + data, "--eventlens.embedded-database.port=" + port);
        JdbcClient jdbc = after.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from registration").query(Long.class).single()).isEqualTo(people);
        assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select username from console_account order by username").query(String.class).list())
                .containsExactly("admin", "manager");
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("eventlens");
    }

    @Test
    void aProtectedDataDirectoryWithoutItsPasswordFileIsExplainedNotGuessedAt() {
        Path data = folder.resolve("postgres");
        server = EmbeddedPostgresServer.startPersistent(data, Applications.freePort(), Map.of());
        server.stop();
        server = null;
        Path credentials = folder.resolve("postgres.credentials");
        credentials.toFile().delete();

        assertThatThrownBy(() -> EmbeddedPostgresServer.startPersistent(data, Applications.freePort(), Map.of()))
                .hasMessageContaining(credentials.toString()).hasMessageContaining("missing");
    }

    private void assertRefused(String user, String password) {
        assertThatThrownBy(() -> connect(user, password).close())
                .as("%s without its password", user)
                .isInstanceOf(SQLException.class);
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }

    private static JdbcClient jdbc(Connection connection) {
        return JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }

    /** pg_hba.conf without its comments. */
    private static java.util.List<String> authenticationRules(Path data) throws java.io.IOException {
        return Files.readAllLines(data.resolve("pg_hba.conf")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
