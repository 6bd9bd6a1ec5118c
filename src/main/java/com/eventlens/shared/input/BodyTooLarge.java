package com.eventlens.shared.input;

/** A request body over its endpoint's limit: the API answers {@code 413} with the message, having read no further. */
public class BodyTooLarge extends RuntimeException {

    public BodyTooLarge(String message) {
        super(message);
    }
}
