package com.eventlens.console.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.eventlens.console.AccountConflict;
import com.eventlens.console.InvalidAccount;
import com.eventlens.console.NewAccount;
import com.eventlens.shared.security.ConsoleRole;

/**
 * Makes sure someone can sign in: in demo mode the accounts {@code admin}/{@code admin} and
 * {@code manager}/{@code manager} (the demo's published passwords, exempt from the password rules); otherwise the
 * first admin from {@code eventlens.bootstrap-admin.*}, held to the rules of every new account, so that no default
 * or weak password ever exists outside a demo.
 */
@Component
@Order(1)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_MANAGER_EMAIL = "patrick.lorimer@kaltura.com";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final Accounts accounts;
    private final AccountService service;
    private final PasswordEncoder passwords;
    private final DemoMode demo;
    private final Clock clock;
    private final BootstrapAdminProperties admin;

    AccountBootstrap(Accounts accounts, AccountService service, PasswordEncoder passwords, DemoMode demo, Clock clock,
                     BootstrapAdminProperties admin) {
        this.accounts = accounts;
        this.service = service;
        this.passwords = passwords;
        this.demo = demo;
        this.clock = clock;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.isActive()) {
            createDemoAccount("admin", ConsoleRole.ADMIN, "Demo Admin", "admin@eventlens.example");
            createDemoAccount("manager", ConsoleRole.EVENT_MANAGER, "Patrick Lorimer", DEMO_MANAGER_EMAIL);
            log.info("Demo mode: sign in as admin/admin (every event) or manager/manager (the demo event)");
        } else if (admin.configured()) {
            createConfiguredAdmin();
        } else if (!accounts.anyAdmin()) {
            log.warn("No admin account exists: set eventlens.bootstrap-admin.username and .password to create one");
        }
    }

    private void createDemoAccount(String username, ConsoleRole role, String displayName, String email) {
        if (accounts.findByUsernameIgnoringCase(username).isEmpty()) {
            accounts.save(Account.create(username, passwords.encode(username), role, displayName, email, "demo",
                    clock.instant()));
        }
    }

    private void createConfiguredAdmin() {
        if (accounts.findByUsernameIgnoringCase(admin.username()).isPresent()) {
            return;
        }
        try {
            service.createBy(new NewAccount(admin.username(), admin.username(), admin.emailOrDefault(),
                    ConsoleRole.ADMIN, admin.password()), "bootstrap");
            log.info("Created the first admin account '{}' from eventlens.bootstrap-admin", admin.username());
        } catch (InvalidAccount | AccountConflict refused) {
            log.error("eventlens.bootstrap-admin was not created: {}", refused.getMessage());
        }
    }
}
