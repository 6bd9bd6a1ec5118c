package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.sessions.Agenda;
import com.eventlens.testing.Interactions;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.TestEvent;

/**
 * "Export CSV" of Session and VOD analytics ({@link CsvExports}), byte for byte: the byte-order mark, CRLF, a person
 * whose name, title and company a spreadsheet would run as formulas exported as text, and the figures computed by hand
 * (10 s live and engaged in the keynote; 10 s of the 95 s video from its start: one slot of ten, 10/95 completed).
 * What the account may not see has no export, like what does not exist.
 */
@SpringBootTest
@WithUserDetails("admin")
class AnalyticsCsvTests {

    static final String HOSTILE_NAME = "=HYPERLINK(\"http://x.example\")";

    @Autowired
    EventCatalog events;
    @Autowired
    Agenda agenda;
    @Autowired
    MediaLibrary media;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CsvExports exports;

    TestEvent event;

    @BeforeEach
    void aPersonWhoseProfileLooksLikeFormulasWatches() {
        event = TestEvent.create(events, agenda, media, people);
        UUID hostile = UUID.randomUUID();
        people.register(new Registration(event.id(), hostile, HOSTILE_NAME, "Doe", "hostile@test.example",
                Set.of(EventRole.ATTENDEE), "-2+3", "@SUM(1,2)", "Testing", "US", RegistrationType.REGISTRATION,
                RegistrationStatus.REGISTERED, null));
        Interactions sent = new Interactions(event);
        ingest.record(event.id(), List.of(sent.live(hostile, event.keynote(), 10, true),
                sent.onDemand(hostile, 0, 10)));
        Rollups.awaitApplied(jdbc, event.id());
    }

    @Test
    void theSessionsAttendees() throws Exception {
        CsvFile csv = exports.sessionAttendees(event.id(), event.keynote()).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeTo(out);

        assertThat(csv.fileName()).as("the event, the session and the day, never an id")
                .matches("eventlens-test-event-[a-z0-9-]+-keynote-attendees-\\d{4}-\\d{2}-\\d{2}\\.csv")
                .doesNotContain(event.keynote().toString());

        assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "name,title,company,email,seconds_viewed,minutes_viewed,reactions,chat_messages,polls_answered,"
                + "live_engagement_rate\r\n"
                + "\"'=HYPERLINK(\"\"http://x.example\"\") Doe\",'-2+3,\"'@SUM(1,2)\",hostile@test.example,10,0.2,0,0,0,"
                + "1.0\r\n");
    }

    @Test
    void theVideosViewers() throws Exception {
        CsvFile csv = exports.videoViewers(event.id(), event.video()).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeTo(out);

        assertThat(csv.fileName()).matches("eventlens-test-event-[a-z0-9-]+-viewers-\\d{4}-\\d{2}-\\d{2}\\.csv")
                .doesNotContain(event.video().toString());

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "name,title,company,email,seconds_viewed,minutes_viewed,completion_rate\r\n"
                + "\"'=HYPERLINK(\"\"http://x.example\"\") Doe\",'-2+3,\"'@SUM(1,2)\",hostile@test.example,10,0.2,"
                + (10.0 / 95) + "\r\n");
    }

    @Test
    void theEventsRankedSessionsAndABreakdownByCompany() throws Exception {
        CsvFile sessions = exports.eventSessions(event.id()).orElseThrow();
        List<String> rows = lines(sessions);

        assertThat(sessions.fileName()).matches("eventlens-test-event-[a-z0-9-]+-sessions-ranked-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(rows.getFirst()).isEqualTo("\uFEFFsession,starts_at,attendees,unique_viewers,seconds_viewed,"
                + "minutes_viewed,live_engagement_rate,peak_concurrent_viewers,peak_at");
        assertThat(rows.get(1)).startsWith("(whole event),,");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Keynote,").contains(",1,10,0.2,"));

        CsvFile byCompany = exports.breakdown(event.id(), Breakdown.By.COMPANY).orElseThrow();
        assertThat(byCompany.fileName())
                .matches("eventlens-test-event-[a-z0-9-]+-attendees-by-company-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(lines(byCompany).getFirst()).isEqualTo("\uFEFFcompany,attendees,seconds_viewed,minutes_viewed,"
                + "live_engagement_rate,average_engagement_score");
        // 10 s live in the keynote and 10 s of the video on demand: 20 s, 0.3 min; engaged whenever live.
        assertThat(lines(byCompany)).as("the company a spreadsheet would run as a formula, as text")
                .anySatisfy(row -> assertThat(row).startsWith("\"'@SUM(1,2)\",").contains(",1,20,0.3,1.0,"));
    }

    static List<String> lines(CsvFile csv) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeTo(out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void anUnknownSessionOrVideo_orOneOfAnEventTheAccountMayNotSee_hasNoExport() {
        assertThat(exports.sessionAttendees(event.id(), UUID.randomUUID())).isEmpty();
        assertThat(exports.videoViewers(event.id(), event.keynote())).as("a session is no on-demand video").isEmpty();
        assertThat(exports.sessionAttendees(UUID.randomUUID(), event.keynote())).isEmpty();
        assertThat(exports.eventSessions(UUID.randomUUID())).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void anotherManagersEventHasNoExport() {
        assertThat(exports.sessionAttendees(event.id(), event.keynote())).isEmpty();
        assertThat(exports.videoViewers(event.id(), event.video())).isEmpty();
        assertThat(exports.eventSessions(event.id())).isEmpty();
        assertThat(exports.breakdown(event.id(), Breakdown.By.ROLE)).isEmpty();
    }
}
