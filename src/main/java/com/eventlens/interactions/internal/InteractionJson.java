package com.eventlens.interactions.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.eventlens.interactions.InteractionError;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.shared.input.Inputs;

import tools.jackson.databind.JsonNode;

/**
 * Reads the items of an interactions body field by field, so that every wrongly typed field is reported
 * with its index and name (a binding exception would name only the first).
 */
final class InteractionJson {

    /** Every field an item may have (SPEC §4); any other is refused, so that a misspelt one is not dropped. */
    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("id", "type", "userId", "occurredAt", "sessionId",
            "contentId", "mode", "seconds", "position", "engaged", "pollId", "attachmentId"));

    private final List<InteractionError> errors = new ArrayList<>();

    List<InteractionError> errors() {
        return errors;
    }

    NewInteraction read(int index, JsonNode item) {
        if (!item.isObject()) {
            errors.add(new InteractionError(index, "", "must be a JSON object"));
            return new NewInteraction(null, null, null, null, null, null, null, null, null, null, null, null);
        }
        for (String name : item.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.add(new InteractionError(index, Inputs.echo(name), "is not a field of an interaction; known "
                        + "fields: " + String.join(", ", FIELDS)));
            }
        }
        Field field = new Field(index, item);
        return new NewInteraction(
                field.uuid("id"),
                field.enumeration("type", InteractionType.class),
                field.uuid("userId"),
                field.instant("occurredAt"),
                field.uuid("sessionId"),
                field.uuid("contentId"),
                field.enumeration("mode", ViewMode.class),
                field.integer("seconds"),
                field.integer("position"),
                field.bool("engaged"),
                field.uuid("pollId"),
                field.uuid("attachmentId"));
    }

    /**
     * The same id twice in one batch with different content is a contradiction, not a retry: both are refused. (The
     * same item twice is a duplicate delivery and counts once.)
     */
    void sameIdTwice(JsonNode items) {
        Map<String, JsonNode> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode id = items.get(i).get("id");
            if (id == null || !id.isString()) {
                continue;
            }
            JsonNode first = seen.putIfAbsent(id.asString().toLowerCase(Locale.ROOT), items.get(i));
            if (first != null && !first.equals(items.get(i))) {
                errors.add(new InteractionError(i, "id", "is used by an earlier interaction of this batch with "
                        + "different content; give each interaction its own id"));
            }
        }
    }

    private final class Field {

        private final int index;
        private final JsonNode item;

        Field(int index, JsonNode item) {
            this.index = index;
            this.item = item;
        }

        /** Canonical form only: {@code 1-1-1-1-1} would be a second spelling of {@code 00000001-0001-…}. */
        UUID uuid(String name) {
            return text(name, "a UUID such as 3f2b8c1e-7d4a-4e0b-9c55-1a2b3c4d5e6f", value -> Inputs.uuid(value)
                    .orElseThrow(() -> new IllegalArgumentException("not a canonical UUID")));
        }

        Instant instant(String name) {
            Instant instant = text(name, "an ISO-8601 instant with offset, e.g. 2022-02-02T10:15:00-05:00",
                    value -> OffsetDateTime.parse(value).toInstant());
            Optional<String> problem = Inputs.instantProblem(instant);
            return problem.isPresent() ? reject(name, problem.get()) : instant;
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
                return reject(name, "must be " + expected + ", was \"" + Inputs.echo(value.asString()) + "\"");
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
