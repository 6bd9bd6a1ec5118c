package com.eventlens.console.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.shared.security.ConsoleRole;
import com.eventlens.shared.security.ConsoleUser;

/** The console accounts, with their passwords stored only as BCrypt hashes. */
@Repository
class ConsoleAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    ConsoleAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    Optional<ConsoleUser> find(String username) {
        return jdbc.sql("select username, display_name, email, role, password_hash from console_account where username = ?")
                .param(username)
                .query((rs, row) -> new ConsoleUser(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("email"), ConsoleRole.valueOf(rs.getString("role")), rs.getString("password_hash")))
                .optional();
    }

    /** Creates the account unless one with that username exists; returns whether it was created. */
    @Transactional
    boolean createIfAbsent(String username, String rawPassword, ConsoleRole role, String displayName, String email) {
        return jdbc.sql("""
                        insert into console_account (username, password_hash, role, display_name, email)
                        values (?, ?, ?, ?, ?) on conflict (username) do nothing""")
                .param(username)
                .param(passwords.encode(rawPassword))
                .param(role.name())
                .param(displayName)
                .param(email)
                .update() == 1;
    }

    boolean anyAdmin() {
        return jdbc.sql("select exists (select 1 from console_account where role = 'ADMIN')")
                .query(Boolean.class)
                .single();
    }
}
