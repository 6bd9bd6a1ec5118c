package com.eventlens.structure.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.eventlens.structure.internal.EventStructureJson.PersonJson;
import com.eventlens.structure.internal.EventStructureJson.SessionJson;

/**
 * Ids are the client's keys: one id names one thing of the body (whatever its kind, so that no id is ever
 * ambiguous), and one e-mail address one person, ignoring case as the database does.
 */
final class UniqueIdsAndEmails {

    private final FieldProblems problems;
    private final Map<UUID, String> ids = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();

    UniqueIdsAndEmails(FieldProblems problems) {
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
