package com.eventlens.events.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.eventlens.events.internal.EventStructureJson.AttachmentJson;
import com.eventlens.events.internal.EventStructureJson.PersonJson;
import com.eventlens.events.internal.EventStructureJson.SessionJson;
import com.eventlens.events.internal.EventStructureJson.VideoJson;
import com.eventlens.people.EventRole;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.sessions.SessionType;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /api/v1/events} from its JSON tree rather than by data binding, so that it can name
 * every problem of the body at once — wrong types, missing values, unknown enum values and fields, bad time zones,
 * countries and e-mail addresses, reversed dates, ids and e-mail addresses used twice — each under its path, such
 * as {@code sessions[2].type}. What it returns is complete; what it cannot return it throws as
 * {@link InvalidEventStructure}. It looks at the body alone: conflicts with stored data are the import's business.
 */
@Component
class EventStructureReader {

    static final int NAME_MAX = 500;
    static final int DESCRIPTION_MAX = 20_000;
    static final int PROFILE_FIELD_MAX = 200;
    static final int CONTENT_TYPE_MAX = 255;
    static final int EMAIL_MAX = 254;

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Deliberately loose: one @, no spaces, a dot in the domain. Whether the address exists is not ours to know. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    /** A key given twice in one object is an error, not "the last one wins"; so is anything after the document. */
    private static final ObjectReader JSON = new JsonMapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    EventStructureJson read(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidEventStructure.of("$", "is empty; send the event structure as a JSON object");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw InvalidEventStructure.of("$", "is not valid JSON: " + e.getOriginalMessage() + where(e));
        }
        if (root == null || root.isMissingNode()) {
            throw InvalidEventStructure.of("$", "is empty; send the event structure as a JSON object");
        }
        if (!root.isObject()) {
            throw InvalidEventStructure.of("$", "must be a JSON object holding the event");
        }
        Problems problems = new Problems();
        EventStructureJson structure = event(new Fields(root, "", problems));
        new Uniqueness(problems).check(structure);
        if (!problems.isEmpty()) {
            throw new InvalidEventStructure(problems.list);
        }
        return structure;
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static EventStructureJson event(Fields json) {
        UUID id = json.uuid("id");
        String name = json.text("name", true, NAME_MAX);
        String description = json.text("description", false, DESCRIPTION_MAX);
        OffsetDateTime startsAt = json.instant("startsAt");
        OffsetDateTime endsAt = json.instant("endsAt");
        json.notBefore("endsAt", endsAt, "startsAt", startsAt);
        String timeZone = json.timeZone("timeZone");
        List<SessionJson> sessions = json.objects("sessions").stream().map(EventStructureReader::session).toList();
        List<VideoJson> content = json.objects("content").stream().map(EventStructureReader::video).toList();
        List<PersonJson> people = json.objects("people").stream().map(EventStructureReader::person).toList();
        json.rejectUnknownFields();
        return new EventStructureJson(id, name, description == null ? "" : description, startsAt, endsAt, timeZone,
                sessions, content, people);
    }

    private static SessionJson session(Fields json) {
        UUID id = json.uuid("id");
        String name = json.text("name", true, NAME_MAX);
        SessionType type = json.oneOf("type", SessionType.class, "session type");
        OffsetDateTime startsAt = json.instant("startsAt");
        OffsetDateTime endsAt = json.instant("endsAt");
        json.notBefore("endsAt", endsAt, "startsAt", startsAt);
        List<AttachmentJson> attachments = json.objects("attachments").stream()
                .map(EventStructureReader::attachment).toList();
        Fields recording = json.object("recording");
        VideoJson video = recording == null ? null : video(recording);
        json.rejectUnknownFields();
        return new SessionJson(id, name, type, startsAt, endsAt, attachments, video);
    }

    private static AttachmentJson attachment(Fields json) {
        UUID id = json.uuid("id");
        String name = json.text("name", true, NAME_MAX);
        String contentType = json.text("contentType", true, CONTENT_TYPE_MAX);
        Long sizeBytes = json.wholeNumber("sizeBytes", 0, Long.MAX_VALUE);
        json.rejectUnknownFields();
        return new AttachmentJson(id, name, contentType, sizeBytes == null ? 0 : sizeBytes);
    }

    private static VideoJson video(Fields json) {
        UUID id = json.uuid("id");
        String name = json.text("name", true, NAME_MAX);
        Long durationSeconds = json.wholeNumber("durationSeconds", 1, Integer.MAX_VALUE);
        json.rejectUnknownFields();
        return new VideoJson(id, name, durationSeconds == null ? 0 : durationSeconds.intValue());
    }

    private static PersonJson person(Fields json) {
        UUID id = json.uuid("id");
        String firstName = json.text("firstName", true, NAME_MAX);
        String lastName = json.text("lastName", true, NAME_MAX);
        String email = json.email("email");
        List<EventRole> roles = json.roles("roles");
        String title = json.text("title", false, PROFILE_FIELD_MAX);
        String company = json.text("company", false, PROFILE_FIELD_MAX);
        String industry = json.text("industry", false, PROFILE_FIELD_MAX);
        String country = json.country("country");
        RegistrationType registrationType = json.oneOf("registrationType", RegistrationType.class,
                "registration type");
        RegistrationStatus status = json.oneOf("status", RegistrationStatus.class, "status");
        json.rejectUnknownFields();
        return new PersonJson(id, firstName, lastName, email, roles, title, company, industry, country,
                registrationType, status);
    }

    /** The problems found so far, in the order of the body. */
    private static final class Problems {

        final List<FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldError(field, message));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }

    /**
     * One JSON object of the body at a path: reads its fields by type, notes a problem for each field it cannot
     * read (and returns {@code null} for it), and remembers which fields it read so that it can flag the rest.
     */
    private static final class Fields {

        private final JsonNode node;
        private final String path;
        private final Problems problems;
        private final Set<String> read = new LinkedHashSet<>();

        Fields(JsonNode node, String path, Problems problems) {
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
            if (!CANONICAL_UUID.matcher(text).matches()) {
                problems.add(path(field), "must be a UUID such as 3f2b8c1e-7d4a-4e0b-9c55-1a2b3c4d5e6f, not '"
                        + shorten(text) + "'");
                return null;
            }
            return UUID.fromString(text);
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
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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

        String email(String field) {
            String text = text(field, true, EMAIL_MAX);
            if (text != null && !EMAIL.matcher(text).matches()) {
                problems.add(path(field), "'" + shorten(text) + "' is not a valid e-mail address");
                return null;
            }
            return text;
        }

        /** Upper case is the standard's spelling; lower case is accepted and stored upper case. */
        String country(String field) {
            JsonNode value = value(field);
            String text = value == null ? null : string(field, value);
            if (text == null) {
                return null;
            }
            String code = text.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                problems.add(path(field), "'" + shorten(text)
                        + "' is not an ISO 3166-1 alpha-2 country code such as US or DE (leave it out when unknown)");
                return null;
            }
            return code;
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
        Fields object(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (!value.isObject()) {
                problems.add(path(field), "must be an object, not " + kind(value));
                return null;
            }
            return new Fields(value, path(field), problems);
        }

        /** An optional array of objects; absent or null is an empty one. */
        List<Fields> objects(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                problems.add(path(field), "must be an array, not " + kind(value));
                return List.of();
            }
            List<Fields> objects = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                String at = path(field) + "[" + i + "]";
                if (value.get(i).isObject()) {
                    objects.add(new Fields(value.get(i), at, problems));
                } else {
                    problems.add(at, "must be an object, not " + kind(value.get(i)));
                }
            }
            return objects;
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
            return text.length() <= 80 ? text : text.substring(0, 77) + "...";
        }
    }

    /**
     * Ids are the client's keys: one id names one thing of the body (whatever its kind, so that no id is ever
     * ambiguous), and one e-mail address one person, ignoring case as the database does.
     */
    private static final class Uniqueness {

        private final Problems problems;
        private final Map<UUID, String> ids = new HashMap<>();
        private final Map<String, String> emails = new HashMap<>();

        Uniqueness(Problems problems) {
            this.problems = problems;
        }

        void check(EventStructureJson structure) {
            id(structure.id(), "id");
            for (int s = 0; s < structure.sessions().size(); s++) {
                SessionJson session = structure.sessions().get(s);
                String at = "sessions[" + s + "]";
                id(session.id(), at + ".id");
                for (int a = 0; a < session.attachments().size(); a++) {
                    id(session.attachments().get(a).id(), at + ".attachments[" + a + "].id");
                }
                if (session.recording() != null) {
                    id(session.recording().id(), at + ".recording.id");
                }
            }
            for (int c = 0; c < structure.content().size(); c++) {
                id(structure.content().get(c).id(), "content[" + c + "].id");
            }
            for (int p = 0; p < structure.people().size(); p++) {
                PersonJson person = structure.people().get(p);
                id(person.id(), "people[" + p + "].id");
                email(person.email(), "people[" + p + "].email");
            }
        }

        private void id(UUID id, String at) {
            if (id == null) {
                return;
            }
            String first = ids.putIfAbsent(id, at);
            if (first != null) {
                problems.add(at, "duplicate id " + id + ", already used at " + first);
            }
        }

        private void email(String email, String at) {
            if (email == null) {
                return;
            }
            String first = emails.putIfAbsent(email.toLowerCase(Locale.ROOT), at);
            if (first != null) {
                problems.add(at, "duplicate e-mail address " + email + " (ignoring case), already used at " + first);
            }
        }
    }
}
