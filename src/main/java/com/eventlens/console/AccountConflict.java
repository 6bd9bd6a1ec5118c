package com.eventlens.console;

/**
 * A change that is valid in itself but conflicts with the accounts as they are (HTTP {@code 409}): a username that
 * is taken, or disabling, demoting or deleting the last enabled admin. The message is meant for the user.
 */
public class AccountConflict extends RuntimeException {

    public AccountConflict(String message) {
        super(message);
    }
}
