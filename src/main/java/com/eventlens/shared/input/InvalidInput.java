package com.eventlens.shared.input;

/**
 * A request parameter or field that cannot be used: the API answers {@code 400} naming {@link #field()}, the views
 * show the message. The message says what is allowed and quotes at most {@link Inputs#ECHO_MAX} characters of the
 * input.
 */
public class InvalidInput extends IllegalArgumentException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
