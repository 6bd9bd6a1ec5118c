package com.eventlens.interactions.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionError;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.shared.input.Inputs;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an interactions body {@code {"interactions": [...]}} token by token, straight into {@link NewInteraction}s:
 * no tree of the body is built, and ids and instants are read by hand in their common forms (decision record 15).
 * Every wrongly typed field is reported with its index and name, as a binding exception would name only the first;
 * so is every field an interaction does not have, and an id given twice with different content.
 */
final class InteractionJson {

    /** Every field an item may have (SPEC §4); any other is refused, so that a misspelt one is not dropped. */
    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("id", "type", "userId", "occurredAt", "sessionId",
            "contentId", "mode", "seconds", "position", "engaged", "pollId", "attachmentId"));

    /** What the body holds: the items and every type error in them, or why it is not a batch at all. */
    sealed interface Body {
    }

    /** Not JSON, or not an object with an array "interactions": {@code detail} says which. */
    record NotABatch(String detail) implements Body {
    }

    /**
     * The items read ({@code count} of them; beyond {@link Ingest#MAX_BATCH} they are only counted) and the type
     * errors found in them.
     */
    record Items(List<NewInteraction> items, List<InteractionError> errors, int count) implements Body {
    }

    private static final InteractionType[] TYPES = InteractionType.values();
    private static final ViewMode[] MODES = ViewMode.values();
    /** The value of each hexadecimal digit by its character, -1 for any other character below 128. */
    private static final byte[] HEX = new byte[128];

    static {
        Arrays.fill(HEX, (byte) -1);
        for (int c = 0; c < 128; c++) {
            int digit = Character.digit(c, 16);
            HEX[c] = (byte) digit;
        }
    }

    private final List<InteractionError> errors = new ArrayList<>();

    private InteractionJson() {
    }

    static Body read(ObjectMapper json, byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            return new InteractionJson().body(parser);
        } catch (JacksonException malformed) {
            return new NotABatch("The body is not valid JSON: " + Inputs.echo(malformed.getOriginalMessage()));
        }
    }

    private Body body(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return notAnObject();
        }
        Items items = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("interactions")) {
                items = items(parser);
            } else {
                items = name.equals("interactions") ? null : items;
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            return new NotABatch("The body is not valid JSON: more than one value");
        }
        return items == null ? notAnObject() : items;
    }

    private static NotABatch notAnObject() {
        return new NotABatch("The body must be an object with an array \"interactions\".");
    }

    private Items items(JsonParser parser) {
        List<NewInteraction> items = new ArrayList<>();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
            if (index >= Ingest.MAX_BATCH) {
                parser.skipChildren(); // too many: only counted
            } else if (token == JsonToken.START_OBJECT) {
                items.add(item(index, parser));
            } else {
                errors.add(new InteractionError(index, "", "must be a JSON object"));
                items.add(new NewInteraction(null, null, null, null, null, null, null, null, null, null, null, null));
                parser.skipChildren();
            }
        }
        sameIdTwice(items);
        return new Items(items, errors, index);
    }

    /**
     * The same id twice in one batch with different content is a contradiction, not a retry: the later one is
     * refused. (The same item twice is a duplicate delivery and counts once.)
     */
    private void sameIdTwice(List<NewInteraction> items) {
        Map<UUID, NewInteraction> seen = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            NewInteraction item = items.get(i);
            if (item.id() == null) {
                continue;
            }
            NewInteraction first = seen.putIfAbsent(item.id(), item);
            if (first != null && !first.equals(item)) {
                errors.add(new InteractionError(i, "id", "is used by an earlier interaction of this batch with "
                        + "different content; give each interaction its own id"));
            }
        }
    }

    private NewInteraction item(int index, JsonParser parser) {
        UUID id = null;
        InteractionType type = null;
        UUID userId = null;
        Instant occurredAt = null;
        UUID sessionId = null;
        UUID contentId = null;
        ViewMode mode = null;
        Integer seconds = null;
        Integer position = null;
        Boolean engaged = null;
        UUID pollId = null;
        UUID attachmentId = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            Value value = new Value(index, name, parser);
            switch (name) {
                case "id" -> id = value.uuid();
                case "type" -> type = value.enumeration(TYPES);
                case "userId" -> userId = value.uuid();
                case "occurredAt" -> occurredAt = value.instant();
                case "sessionId" -> sessionId = value.uuid();
                case "contentId" -> contentId = value.uuid();
                case "mode" -> mode = value.enumeration(MODES);
                case "seconds" -> seconds = value.integer();
                case "position" -> position = value.integer();
                case "engaged" -> engaged = value.bool();
                case "pollId" -> pollId = value.uuid();
                case "attachmentId" -> attachmentId = value.uuid();
                default -> {
                    value.skip();
                    errors.add(new InteractionError(index, Inputs.echo(name), "is not a field of an interaction; "
                            + "known fields: " + String.join(", ", FIELDS)));
                }
            }
        }
        return new NewInteraction(id, type, userId, occurredAt, sessionId, contentId, mode, seconds, position, engaged,
                pollId, attachmentId);
    }

    /** The value of one field of one item, read once. */
    private final class Value {

        private final int index;
        private final String name;
        private final JsonParser parser;
        private final JsonToken token;

        Value(int index, String name, JsonParser parser) {
            this.index = index;
            this.name = name;
            this.parser = parser;
            this.token = parser.nextToken();
        }

        /** Canonical form only: {@code 1-1-1-1-1} would be a second spelling of {@code 00000001-0001-…}. */
        UUID uuid() {
            if (token == JsonToken.VALUE_STRING) {
                // Read from the parser's own buffer: no String unless the value is refused.
                UUID uuid = canonicalUuid(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
                if (uuid != null) {
                    return uuid;
                }
            }
            String expected = "a UUID such as 3f2b8c1e-7d4a-4e0b-9c55-1a2b3c4d5e6f";
            String text = text(expected);
            return text == null ? null : reject("must be " + expected + ", was \"" + Inputs.echo(text) + "\"");
        }

        <E extends Enum<E>> E enumeration(E[] constants) {
            String text = text(null);
            if (text == null) {
                return token == JsonToken.VALUE_NULL ? null : reject("must be one of " + Arrays.toString(constants));
            }
            for (E constant : constants) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            return reject("must be one of " + Arrays.toString(constants) + ", was \"" + Inputs.echo(text) + "\"");
        }

        Instant instant() {
            String expected = "an ISO-8601 instant with offset, e.g. 2022-02-02T10:15:00-05:00";
            String text = text(expected);
            if (text == null) {
                return null;
            }
            Instant instant = isoInstant(text);
            if (instant == null) {
                return reject("must be " + expected + ", was \"" + Inputs.echo(text) + "\"");
            }
            Optional<String> problem = Inputs.instantProblem(instant);
            return problem.isPresent() ? reject(problem.get()) : instant;
        }

        Integer integer() {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
                skip();
                return reject("must be a whole number");
            }
            return parser.getIntValue();
        }

        Boolean bool() {
            return switch (token) {
                case VALUE_NULL -> null;
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> {
                    skip();
                    yield reject("must be true or false");
                }
            };
        }

        /**
         * The string value; {@code null} for null, or for anything but a string, which is reported as not what was
         * {@code expected} (unless that is {@code null}: then the caller reports it).
         */
        private String text(String expected) {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING) {
                skip();
                return expected == null ? null : reject("must be " + expected);
            }
            return parser.getString();
        }

        void skip() {
            parser.skipChildren();
        }

        private <T> T reject(String message) {
            errors.add(new InteractionError(index, name, message));
            return null;
        }
    }

    /** A UUID in its canonical form (8-4-4-4-12 hex digits), or {@code null}. */
    static UUID canonicalUuid(String text) {
        return canonicalUuid(text.toCharArray(), 0, text.length());
    }

    static UUID canonicalUuid(char[] text, int offset, int length) {
        if (length != 36 || text[offset + 8] != '-' || text[offset + 13] != '-' || text[offset + 18] != '-'
                || text[offset + 23] != '-') {
            return null;
        }
        long most = 0;
        long least = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                continue;
            }
            char c = text[offset + i];
            int digit = c < 128 ? HEX[c] : -1;
            if (digit < 0) {
                return null;
            }
            if (digits++ < 16) {
                most = most << 4 | digit;
            } else {
                least = least << 4 | digit;
            }
        }
        return new UUID(most, least);
    }

    /**
     * An ISO-8601 instant with offset, as {@link OffsetDateTime#parse} reads it. Its usual form
     * {@code 2022-02-02T10:15:00[.fraction](Z|±hh:mm)} is read by hand, every other one by {@code OffsetDateTime}.
     * Returns {@code null} when it is none.
     */
    static Instant isoInstant(String text) {
        Instant fast = commonInstant(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant commonInstant(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            if (i == start) {
                return null;
            }
            for (int d = i - start; d < 9; d++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int offsetHours = digits(s, i + 1, 2);
            int offsetMinutes = digits(s, i + 4, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59
                    || offsetHours == 18 && offsetMinutes > 0) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
        } else {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds,
                    nanos);
        } catch (DateTimeException invalidDate) {
            return null;
        }
    }

    /** The decimal number of {@code count} digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
