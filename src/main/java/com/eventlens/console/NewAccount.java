package com.eventlens.console;

import com.eventlens.shared.security.ConsoleRole;

/** What an admin fills in to create an account; checked by {@link AccountRules}. */
public record NewAccount(String username, String displayName, String email, ConsoleRole role, String password) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + "]";
    }
}
