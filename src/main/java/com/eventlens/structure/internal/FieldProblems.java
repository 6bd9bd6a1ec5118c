package com.eventlens.structure.internal;

import java.util.ArrayList;
import java.util.List;

/** The problems of a body found so far, in the order of the body. */
final class FieldProblems {

    private final List<FieldError> list = new ArrayList<>();

    void add(String field, String message) {
        list.add(new FieldError(field, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<FieldError> list() {
        return List.copyOf(list);
    }
}
