package com.eventlens.console.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import com.eventlens.console.AccountCreated;
import com.eventlens.console.AccountDeleted;
import com.eventlens.console.AccountDisabled;
import com.eventlens.console.AccountEnabled;
import com.eventlens.console.AccountField;
import com.eventlens.console.AccountPasswordReset;
import com.eventlens.console.AccountRoleChanged;
import com.eventlens.console.AccountUpdated;
import com.eventlens.console.PasswordChanged;
import com.eventlens.shared.security.ConsoleRole;
import com.eventlens.shared.security.ConsoleUser;

/**
 * A console account: the aggregate behind the Accounts page. Each change registers its event, which Spring Data
 * publishes when the account is saved (or deleted); the password is only ever held as its hash. The version makes
 * two admins' simultaneous changes of one account fail instead of overwriting each other.
 */
@Table("console_account")
class Account extends AbstractAggregateRoot<Account> {

    @Id
    private final String username;
    private String passwordHash;
    private ConsoleRole role;
    private String displayName;
    private String email;
    private boolean enabled;
    private final Instant createdAt;
    private Instant lastSignInAt;
    @Version
    private Long version;

    @PersistenceCreator
    Account(String username, String passwordHash, ConsoleRole role, String displayName, String email, boolean enabled,
            Instant createdAt, Instant lastSignInAt, Long version) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.email = email;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.lastSignInAt = lastSignInAt;
        this.version = version;
    }

    static Account create(String username, String passwordHash, ConsoleRole role, String displayName, String email,
                          String actor, Instant now) {
        Account account = new Account(username, passwordHash, role, displayName, email, true, now, null, null);
        account.registerEvent(new AccountCreated(username, role, actor));
        return account;
    }

    /** Changes the display name and e-mail address; returns which of them changed. */
    Set<AccountField> describe(String newDisplayName, String newEmail, String actor) {
        Set<AccountField> changed = EnumSet.noneOf(AccountField.class);
        if (newDisplayName != null && !newDisplayName.equals(displayName)) {
            displayName = newDisplayName;
            changed.add(AccountField.DISPLAY_NAME);
        }
        if (newEmail != null && !newEmail.equals(email)) {
            email = newEmail;
            changed.add(AccountField.EMAIL);
        }
        if (!changed.isEmpty()) {
            registerEvent(new AccountUpdated(username, Set.copyOf(changed), actor));
        }
        return changed;
    }

    boolean changeRole(ConsoleRole newRole, String actor) {
        if (newRole == null || newRole == role) {
            return false;
        }
        registerEvent(new AccountRoleChanged(username, role, newRole, actor));
        role = newRole;
        return true;
    }

    boolean enable(boolean enable, String actor) {
        if (enable == enabled) {
            return false;
        }
        enabled = enable;
        registerEvent(enable ? new AccountEnabled(username, actor) : new AccountDisabled(username, actor));
        return true;
    }

    void resetPassword(String newHash, String actor) {
        passwordHash = newHash;
        registerEvent(new AccountPasswordReset(username, actor));
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        registerEvent(new PasswordChanged(username));
    }

    /** Registers the deletion's event: deleting the account through its repository publishes it. */
    Account deletedBy(String actor) {
        registerEvent(new AccountDeleted(username, actor));
        return this;
    }

    boolean isActiveAdmin() {
        return enabled && role == ConsoleRole.ADMIN;
    }

    ConsoleUser toUser() {
        return new ConsoleUser(username, displayName, email, role, passwordHash, enabled);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    ConsoleRole role() {
        return role;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSignInAt() {
        return lastSignInAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && Objects.equals(username, account.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
