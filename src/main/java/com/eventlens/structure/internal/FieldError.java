package com.eventlens.structure.internal;

/**
 * One problem with a request body: where it is, as a path such as {@code sessions[2].type} ({@code $} for the
 * body as a whole), and what is wrong, in words a client developer can act on.
 */
record FieldError(String field, String message) {
}
