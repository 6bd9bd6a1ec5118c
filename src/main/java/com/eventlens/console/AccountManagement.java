package com.eventlens.console;

import java.util.List;

/**
 * The console accounts (SPEC §2 and §4 "Accounts"): an admin lists, creates, changes, disables, enables, resets and
 * deletes them; everyone changes their own password. Every method but {@link #changeOwnPassword} requires an admin.
 * Rules: a username is unique ignoring case; a new password has at least {@link AccountRules#PASSWORD_MIN}
 * characters and is not the username; the last enabled admin cannot be disabled, demoted or deleted. A change that
 * takes access away (disabled, deleted, demoted, another e-mail address, a password reset) signs the account out of
 * its open sessions. Each change publishes an event of this package for the audit trail.
 *
 * @throws InvalidAccount   a field breaks a rule (every field that does is named); nothing changed
 * @throws AccountConflict  the username is taken, or the change would leave no enabled admin; nothing changed
 * @throws AccountNotFound  no account of that username
 */
public interface AccountManagement {

    /** Every account, by username, with the events each manages. */
    List<AccountDetails> accounts();

    AccountDetails find(String username);

    AccountDetails create(NewAccount account);

    /** Applies the changes that are not {@code null}. */
    AccountDetails update(String username, AccountChanges changes);

    /** The admin sets a new password for the account. */
    void resetPassword(String username, String newPassword);

    /** The admin has a password generated for the account; it is returned this once, only its hash is kept. */
    String resetToGeneratedPassword(String username);

    void delete(String username);

    /** The signed-in account changes its own password; its other sessions are signed out. */
    void changeOwnPassword(String currentPassword, String newPassword);
}
