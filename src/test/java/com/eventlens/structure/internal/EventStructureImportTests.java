package com.eventlens.structure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.people.EventRole;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.sessions.SessionType;
import com.eventlens.structure.internal.EventStructureJson.AttachmentJson;
import com.eventlens.structure.internal.EventStructureJson.PersonJson;
import com.eventlens.structure.internal.EventStructureJson.SessionJson;
import com.eventlens.structure.internal.EventStructureJson.VideoJson;

/**
 * The import is one transaction: a failure of the database halfway through (here a second person with the first
 * one's e-mail address, which the reader would have refused and the unique index refuses) leaves nothing behind.
 */
@SpringBootTest
class EventStructureImportTests {

    static final OffsetDateTime NINE = OffsetDateTime.parse("2030-03-03T09:00:00+01:00");

    @Autowired
    EventStructureImport importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("admin")
    void aDatabaseFailureHalfwayStoresNothing() {
        EventStructureJson structure = structureWithTwoPeopleSharingAnEmail();

        assertThatThrownBy(() -> importer.apply(structure)).isInstanceOf(DuplicateKeyException.class);

        UUID eventId = structure.id();
        for (String table : List.of("session", "content", "attachment", "registration")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where event_id = ?").param(eventId)
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from event where id = ?").param(eventId).query(Long.class).single())
                .isZero();
    }

    @Test
    @WithUserDetails("manager")
    void theServiceItselfLetsOnlyAnAdminImport() {
        assertThatThrownBy(() -> importer.apply(structureWithTwoPeopleSharingAnEmail()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static EventStructureJson structureWithTwoPeopleSharingAnEmail() {
        UUID sessionId = UUID.randomUUID();
        SessionJson session = new SessionJson(sessionId, "Keynote", SessionType.LIVE_WEBCAST, NINE, NINE.plusHours(1),
                List.of(new AttachmentJson(UUID.randomUUID(), "Slides.pdf", "application/pdf", 1024)),
                new VideoJson(UUID.randomUUID(), "Keynote (recording)", 3600));
        return new EventStructureJson(UUID.randomUUID(), "Atomic Summit", "", NINE, NINE.plusHours(8),
                "Europe/Berlin", List.of(session), List.of(new VideoJson(UUID.randomUUID(), "Teaser", 60)),
                List.of(person("ada@example.com"), person("ADA@example.com")));
    }

    private static PersonJson person(String email) {
        return new PersonJson(UUID.randomUUID(), "Ada", "Lovelace", email, List.of(EventRole.ATTENDEE), "", "", "",
                "GB", RegistrationType.INVITATION, RegistrationStatus.INVITED);
    }
}
