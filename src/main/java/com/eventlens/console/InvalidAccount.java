package com.eventlens.console;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Account fields that break a rule, each with a message for the person who typed it; nothing was changed. */
public class InvalidAccount extends RuntimeException {

    private final Map<AccountField, String> errors;

    public InvalidAccount(Map<AccountField, String> errors) {
        super(errors.entrySet().stream().map(e -> e.getKey().json() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid account has at least one error");
        }
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    public InvalidAccount(AccountField field, String message) {
        this(Map.of(field, message));
    }

    public Map<AccountField, String> errors() {
        return errors;
    }
}
