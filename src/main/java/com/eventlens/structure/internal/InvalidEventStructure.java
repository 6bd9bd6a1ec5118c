package com.eventlens.structure.internal;

import java.util.List;

/** The body is not an event structure that can be stored; it carries every problem found, not just the first. */
class InvalidEventStructure extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidEventStructure(List<FieldError> errors) {
        super(errors.size() == 1 ? "1 problem" : errors.size() + " problems", null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid structure has at least one problem");
        }
        this.errors = List.copyOf(errors);
    }

    static InvalidEventStructure of(String field, String message) {
        return new InvalidEventStructure(List.of(new FieldError(field, message)));
    }

    List<FieldError> errors() {
        return errors;
    }
}
