package com.eventlens.people;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A profile the people module refuses, with one message per field that is wrong; nothing was changed. */
public class InvalidPerson extends RuntimeException {

    private final Map<PersonField, String> errors;

    public InvalidPerson(Map<PersonField, String> errors) {
        super(errors.entrySet().stream().map(e -> e.getKey().column() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid person has at least one error");
        }
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    /** Field → what is wrong with it, in the order of the form. */
    public Map<PersonField, String> errors() {
        return errors;
    }
}
