package com.eventlens.console;

import com.eventlens.shared.input.Inputs;

/** No console account has that username. */
public class AccountNotFound extends RuntimeException {

    public AccountNotFound(String username) {
        super("No console account \"" + Inputs.echo(username) + "\".");
    }
}
