package com.eventlens.structure.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.eventlens.people.EventRole;
import com.eventlens.people.PersonField;
import com.eventlens.people.PersonProfile;
import com.eventlens.people.PersonRules;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.sessions.SessionType;
import com.eventlens.structure.internal.EventStructureJson.AttachmentJson;
import com.eventlens.structure.internal.EventStructureJson.PersonJson;
import com.eventlens.structure.internal.EventStructureJson.SessionJson;
import com.eventlens.structure.internal.EventStructureJson.VideoJson;

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
    static final int CONTENT_TYPE_MAX = 255;

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
        FieldProblems problems = new FieldProblems();
        EventStructureJson structure = event(new JsonFields(root, "", problems));
        new UniqueIdsAndEmails(problems).check(structure);
        if (!problems.isEmpty()) {
            throw new InvalidEventStructure(problems.list());
        }
        return structure;
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static EventStructureJson event(JsonFields json) {
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

    private static SessionJson session(JsonFields json) {
        UUID id = json.uuid("id");
        String name = json.text("name", true, NAME_MAX);
        SessionType type = json.oneOf("type", SessionType.class, "session type");
        OffsetDateTime startsAt = json.instant("startsAt");
        OffsetDateTime endsAt = json.instant("endsAt");
        json.notBefore("endsAt", endsAt, "startsAt", startsAt);
        List<AttachmentJson> attachments = json.objects("attachments").stream()
                .map(EventStructureReader::attachment).toList();
        JsonFields recording = json.object("recording");
        VideoJson video = recording == null ? null : video(recording);
        json.rejectUnknownFields();
        return new SessionJson(id, name, type, startsAt, endsAt, attachments, video);
    }

    private static AttachmentJson attachment(JsonFields json) {
        UUID id = json.uuid("id");
        String name = json.text("name", true, NAME_MAX);
        String contentType = json.text("contentType", true, CONTENT_TYPE_MAX);
        Long sizeBytes = json.wholeNumber("sizeBytes", 0, Long.MAX_VALUE);
        json.rejectUnknownFields();
        return new AttachmentJson(id, name, contentType, sizeBytes == null ? 0 : sizeBytes);
    }

    private static VideoJson video(JsonFields json) {
        UUID id = json.uuid("id");
        String name = json.text("name", true, NAME_MAX);
        Long durationSeconds = json.wholeNumber("durationSeconds", 1, Integer.MAX_VALUE);
        json.rejectUnknownFields();
        return new VideoJson(id, name, durationSeconds == null ? 0 : durationSeconds.intValue());
    }

    /**
     * A person is judged by the people module's {@link PersonRules}, exactly as a dialog or a CSV row is: the same
     * lengths, e-mail rule and country codes, each problem reported under its path here. A field is reported once: one
     * the reader already refused (missing, not a string) is not judged again, and a refused e-mail address is not
     * passed on to the check for addresses used twice.
     */
    private static PersonJson person(JsonFields json) {
        UUID id = json.uuid("id");
        String firstName = json.text("firstName", true, Integer.MAX_VALUE);
        String lastName = json.text("lastName", true, Integer.MAX_VALUE);
        String email = json.text("email", true, Integer.MAX_VALUE);
        List<EventRole> roles = json.roles("roles");
        String title = json.text("title", false, Integer.MAX_VALUE);
        String company = json.text("company", false, Integer.MAX_VALUE);
        String industry = json.text("industry", false, Integer.MAX_VALUE);
        String country = json.text("country", false, Integer.MAX_VALUE);
        RegistrationType registrationType = json.oneOf("registrationType", RegistrationType.class,
                "registration type");
        RegistrationStatus status = json.oneOf("status", RegistrationStatus.class, "status");
        json.rejectUnknownFields();
        PersonRules.Checked checked = PersonRules.check(new PersonProfile(firstName, lastName, email,
                Set.copyOf(roles), title, company, industry, country));
        checked.errors().forEach((field, message) -> {
            // Roles are the reader's own check (their JSON type and codes), with its own message.
            if (field != PersonField.ROLES && json.wasReadFine(JSON_NAMES.get(field))) {
                json.problem(JSON_NAMES.get(field), message);
            }
        });
        PersonProfile person = checked.profile();
        return new PersonJson(id, person.firstName(), person.lastName(),
                checked.errors().containsKey(PersonField.EMAIL) ? null : person.email(), roles,
                blankToNull(person.title()), blankToNull(person.company()), blankToNull(person.industry()),
                person.country(), registrationType, status);
    }

    private static final Map<PersonField, String> JSON_NAMES = Map.of(
            PersonField.FIRST_NAME, "firstName", PersonField.LAST_NAME, "lastName", PersonField.EMAIL, "email",
            PersonField.ROLES, "roles", PersonField.TITLE, "title", PersonField.COMPANY, "company",
            PersonField.INDUSTRY, "industry", PersonField.COUNTRY, "country");

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
