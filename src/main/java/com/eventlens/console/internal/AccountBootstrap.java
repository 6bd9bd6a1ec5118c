package com.eventlens.console.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.eventlens.shared.security.ConsoleRole;

/**
 * Makes sure someone can sign in: in demo mode the accounts {@code admin}/{@code admin} and
 * {@code manager}/{@code manager}; otherwise the first admin from {@code eventlens.bootstrap-admin.*}, so
 * that no default password ever exists outside a demo.
 */
@Component
@Order(1)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_MANAGER_EMAIL = "patrick.lorimer@kaltura.com";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final ConsoleAccounts accounts;
    private final DemoMode demo;
    private final String adminUsername;
    private final String adminPassword;

    AccountBootstrap(ConsoleAccounts accounts, DemoMode demo,
                     @Value("${eventlens.bootstrap-admin.username:}") String adminUsername,
                     @Value("${eventlens.bootstrap-admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.isActive()) {
            accounts.createIfAbsent("admin", "admin", ConsoleRole.ADMIN, "Demo Admin", "admin@eventlens.example");
            accounts.createIfAbsent("manager", "manager", ConsoleRole.EVENT_MANAGER, "Patrick Lorimer",
                    DEMO_MANAGER_EMAIL);
            log.info("Demo mode: sign in as admin/admin (every event) or manager/manager (the demo event)");
        } else if (!adminUsername.isBlank() && !adminPassword.isBlank()) {
            if (accounts.createIfAbsent(adminUsername, adminPassword, ConsoleRole.ADMIN, adminUsername, "")) {
                log.info("Created the first admin account '{}' from eventlens.bootstrap-admin", adminUsername);
            }
        } else if (!accounts.anyAdmin()) {
            log.warn("No admin account exists: set eventlens.bootstrap-admin.username and .password to create one");
        }
    }
}
