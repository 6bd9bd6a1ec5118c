package com.eventlens.interactions.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.eventlens.interactions.InteractionError;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;

import tools.jackson.databind.JsonNode;

/**
 * Reads the items of an interactions body field by field, so that every wrongly typed field is reported
 * with its index and name (a binding exception would name only the first).
 */
final class InteractionJson {

    private final List<InteractionError> errors = new ArrayList<>();

    List<InteractionError> errors() {
        return errors;
    }

    NewInteraction read(int index, JsonNode item) {
        if (!item.isObject()) {
            errors.add(new InteractionError(index, "", "must be a JSON object"));
            return new NewInteraction(null, null, null, null, null, null, null, null, null, null, null, null);
        }
        Field field = new Field(index, item);
        return new NewInteraction(
                field.uuid("id"),
                field.enumeration("type", InteractionType.class),
                field.uuid("userId"),
                field.text("occurredAt", "an ISO-8601 instant with offset, e.g. 2022-02-02T10:15:00-05:00",
                        value -> OffsetDateTime.parse(value).toInstant()),
                field.uuid("sessionId"),
                field.uuid("contentId"),
                field.enumeration("mode", ViewMode.class),
                field.integer("seconds"),
                field.integer("position"),
                field.bool("engaged"),
                field.uuid("pollId"),
                field.uuid("attachmentId"));
    }

    private final class Field {

        private final int index;
        private final JsonNode item;

        Field(int index, JsonNode item) {
            this.index = index;
            this.item = item;
        }

        UUID uuid(String name) {
            return text(name, "a UUID", UUID::fromString);
        }

        <E extends Enum<E>> E enumeration(String name, Class<E> type) {
            return text(name, "one of " + Arrays.toString(type.getEnumConstants()), value -> Enum.valueOf(type, value));
        }

        <T> T text(String name, String expected, Function<String, T> parse) {
            JsonNode value = item.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                return reject(name, "must be " + expected);
            }
            try {
                return parse.apply(value.asString());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return reject(name, "must be " + expected + ", was \"" + value.asString() + "\"");
            }
        }

        Integer integer(String name) {
            JsonNode value = item.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                return reject(name, "must be a whole number");
            }
            return value.intValue();
        }

        Boolean bool(String name) {
            JsonNode value = item.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                return reject(name, "must be true or false");
            }
            return value.booleanValue();
        }

        private <T> T reject(String name, String message) {
            errors.add(new InteractionError(index, name, message));
            return null;
        }
    }
}
