package com.eventlens.structure.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.eventlens.people.EventRole;
import com.eventlens.shared.input.Inputs;

import tools.jackson.databind.JsonNode;

/**
 * One JSON object of the body at a path: reads its fields by type, notes a problem for each field it cannot
 * read (and returns {@code null} for it), and remembers which fields it read so that it can flag the rest.
 */
final class JsonFields {

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final JsonNode node;
    private final String path;
    private final FieldProblems problems;
    private final Set<String> read = new LinkedHashSet<>();

    JsonFields(JsonNode node, String path, FieldProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The field's value, or {@code null} when it is absent or JSON null. */
    private JsonNode value(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode required(String field) {
        JsonNode value = value(field);
        if (value == null) {
            problems.add(path(field), "is required");
        }
        return value;
    }

    private String string(String field, JsonNode value) {
        return string(field, value, "a string");
    }

    private String string(String field, JsonNode value, String expected) {
        if (!value.isString()) {
            problems.add(path(field), "must be " + expected + ", not " + kind(value));
            return null;
        }
        return value.stringValue();
    }

    UUID uuid(String field) {
        JsonNode value = required(field);
        String text = value == null ? null : string(field, value, "a UUID in a string");
        if (text == null) {
            return null;
        }
        Optional<UUID> uuid = Inputs.uuid(text);
        if (uuid.isEmpty()) {
            problems.add(path(field), "must be a UUID such as 3f2b8c1e-7d4a-4e0b-9c55-1a2b3c4d5e6f, not '"
                    + shorten(text) + "'");
        }
        return uuid.orElse(null);
    }

    String text(String field, boolean mandatory, int maxLength) {
        JsonNode value = mandatory ? required(field) : value(field);
        String text = value == null ? null : string(field, value);
        if (text == null) {
            return null;
        }
        if (mandatory && text.isBlank()) {
            problems.add(path(field), "must not be blank");
            return null;
        }
        Optional<String> characters = Inputs.characterProblem(text);
        if (characters.isPresent()) {
            problems.add(path(field), characters.get());
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(path(field), "must be at most " + maxLength + " characters long, not " + text.length());
            return null;
        }
        return text;
    }

    OffsetDateTime instant(String field) {
        JsonNode value = required(field);
        String text = value == null ? null : string(field, value, "an ISO-8601 instant in a string");
        if (text == null) {
            return null;
        }
        try {
            OffsetDateTime instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            Optional<String> range = Inputs.instantProblem(instant.toInstant());
            if (range.isPresent()) {
                problems.add(path(field), range.get());
                return null;
            }
            return instant;
        } catch (DateTimeParseException e) {
            problems.add(path(field), "must be an ISO-8601 instant with offset, such as "
                    + "2022-02-02T10:00:00-05:00, not '" + shorten(text) + "'");
            return null;
        }
    }

    void notBefore(String endField, OffsetDateTime end, String startField, OffsetDateTime start) {
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(path(endField), "must not be before " + startField + " (" + start + ")");
        }
    }

    String timeZone(String field) {
        JsonNode value = required(field);
        String text = value == null ? null : string(field, value);
        if (text == null) {
            return null;
        }
        if (!ZONES.contains(text)) {
            problems.add(path(field), "'" + shorten(text)
                    + "' is not a time zone; use an IANA time zone name such as America/New_York");
            return null;
        }
        return text;
    }

    Long wholeNumber(String field, long min, long max) {
        JsonNode value = required(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(path(field), "must be a number, not " + kind(value));
            return null;
        }
        if (!value.isIntegralNumber()) {
            problems.add(path(field), "must be a whole number, not " + value);
            return null;
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            problems.add(path(field), (min == 0 ? "must be 0 or more" : "must be at least " + min)
                    + (max == Long.MAX_VALUE ? "" : " and at most " + max) + ", not " + value);
            return null;
        }
        return value.longValue();
    }

    <E extends Enum<E>> E oneOf(String field, Class<E> type, String what) {
        JsonNode value = required(field);
        String text = value == null ? null : string(field, value);
        return text == null ? null : constant(path(field), text, type, what);
    }

    private <E extends Enum<E>> E constant(String at, String text, Class<E> type, String what) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problems.add(at, "unknown " + what + " '" + shorten(text) + "'; allowed: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    List<EventRole> roles(String field) {
        JsonNode value = required(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(path(field), "must be an array of roles, not " + kind(value));
            return List.of();
        }
        if (value.isEmpty()) {
            problems.add(path(field), "must hold at least one role; allowed: "
                    + Arrays.stream(EventRole.values()).map(Enum::name).collect(Collectors.joining(", ")));
            return List.of();
        }
        List<EventRole> roles = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String at = path(field) + "[" + i + "]";
            JsonNode element = value.get(i);
            if (!element.isString()) {
                problems.add(at, "must be a role name (a string), not " + kind(element));
                continue;
            }
            EventRole role = constant(at, element.stringValue(), EventRole.class, "role");
            if (role != null && !roles.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** An optional nested object, or {@code null}. */
    JsonFields object(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(path(field), "must be an object, not " + kind(value));
            return null;
        }
        return new JsonFields(value, path(field), problems);
    }

    /** An optional array of objects; absent or null is an empty one. */
    List<JsonFields> objects(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(path(field), "must be an array, not " + kind(value));
            return List.of();
        }
        List<JsonFields> objects = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String at = path(field) + "[" + i + "]";
            if (value.get(i).isObject()) {
                objects.add(new JsonFields(value.get(i), at, problems));
            } else {
                problems.add(at, "must be an object, not " + kind(value.get(i)));
            }
        }
        return objects;
    }

    /** Whether the field was absent or read without a problem of its own (so that a rule may still judge it). */
    boolean wasReadFine(String field) {
        String at = path(field);
        return problems.list().stream().noneMatch(problem -> problem.field().equals(at));
    }

    void problem(String field, String message) {
        problems.add(path(field), message);
    }

    /** A misspelt optional field would otherwise be dropped without a word. */
    void rejectUnknownFields() {
        for (String field : node.propertyNames()) {
            if (!read.contains(field)) {
                problems.add(path(field), "is not a field of this object; known fields: " + String.join(", ", read));
            }
        }
    }

    private static String kind(JsonNode value) {
        if (value.isString()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isObject() ? "an object" : value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        return Inputs.echo(text);
    }
}
