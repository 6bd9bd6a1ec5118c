package com.eventlens.people;

/**
 * A change that is valid in itself but not allowed, such as an event manager removing themselves (they would
 * lock themselves out of the event). The message says why and is meant for the user.
 */
public class PeopleChangeRefused extends RuntimeException {

    public PeopleChangeRefused(String message) {
        super(message);
    }
}
