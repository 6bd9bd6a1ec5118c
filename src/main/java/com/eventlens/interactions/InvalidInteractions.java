package com.eventlens.interactions;

import java.util.List;

/** A batch with at least one invalid item; it lists every problem, and nothing of the batch was stored. */
public class InvalidInteractions extends RuntimeException {

    private final List<InteractionError> errors;

    public InvalidInteractions(List<InteractionError> errors) {
        super(errors.size() + " invalid field(s) in the batch; nothing was stored");
        this.errors = List.copyOf(errors);
    }

    public List<InteractionError> errors() {
        return errors;
    }
}
