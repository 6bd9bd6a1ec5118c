package com.eventlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application starts on a real (embedded) PostgreSQL 17 with the whole schema applied by Liquibase. */
@SpringBootTest
class ApplicationStartupTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgres17() {
        assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
    }

    @Test
    void liquibaseCreatedEveryModulesTables() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class).list();
        assertThat(tables).contains("event_publication", "console_account", "event", "registration", "session",
                "content", "attachment", "interaction", "databasechangelog");
    }

    @Test
    void everyModuleTableIsKeyedByEventFirst() {
        List<String> firstKeyColumns = jdbc.sql("""
                        select a.attname from pg_index i
                        join pg_class c on c.oid = i.indrelid
                        join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
                        where i.indisprimary and c.relname in ('registration', 'session', 'content', 'attachment', 'interaction')""")
                .query(String.class).list();
        assertThat(firstKeyColumns).hasSize(5).containsOnly("event_id");
    }
}
