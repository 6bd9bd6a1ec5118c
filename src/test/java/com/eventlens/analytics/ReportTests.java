package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.sessions.Agenda;
import com.eventlens.shared.format.Formats;
import com.eventlens.testing.HandComputedActivity;
import com.eventlens.testing.Interactions;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.TestEvent;
import com.jayway.jsonpath.JsonPath;

/**
 * The PDF reports through {@code GET …/analytics/report.pdf}: their text (extracted with PDFBox) holds every KPI
 * and every table row of {@link HandComputedActivity}, formatted as on the dashboards; empty sections are
 * designed, not blank; any name renders with embedded fonts; access is the JSON API's.
 */
@SpringBootTest
class ReportTests {

    static final String DEMO_EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventCatalog events;
    @Autowired
    Agenda agenda;
    @Autowired
    MediaLibrary media;
    @Autowired
    PeopleDirectory people;

    MockMvc mvc;
    TestEvent event;

    @BeforeEach
    void fixture() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        event = TestEvent.create(events, agenda, media, people);
        HandComputedActivity.record(ingest, jdbc, event);
    }

    @Test
    void theUserReportHoldsEveryNumberOfAnnsDashboard() throws Exception {
        String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
        byte[] pdf = mvc.perform(get(api("/users/" + event.ann() + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"eventlens-test-event-[0-9a-f-]+-ann-tester-" + today + "\\.pdf\";.*")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);

        assertThat(text).contains("Test event " + event.id(), "Feb 2, 2022 · 10:00 AM - 4:00 PM · EST (GMT-5)",
                "Ann Tester", "Attendee", "Generated ", "Data as of ");
        // user details
        assertThat(text).contains("Role Tester", "Company Testco", "Industry Testing", "Country United States");
        // KPIs: 40 + 20 + 40 s; keynote and panel; mean of 2/3 and 1; one video
        assertThat(text).contains("0:01:40", "Total min. viewed", "Sessions viewed", "83%", "Avg. live engagement",
                "Videos viewed");
        assertThat(lines(text)).contains("0:01:40 2 83% 1");
        // event interactivity
        assertThat(text).contains("2 reactions", "1 chat messages sent", "2 poll responses", "1 Q&A threads created",
                "2 attachments downloaded");
        // minutes by type
        assertThat(text).contains("Live 0:40", "Recordings 0:20", "Content on-demand 0:40");
        // attachments with their source session, in agenda order then by name
        assertThat(text).contains("Attachments\n2 attachments downloaded");
        assertThat(lines(text)).containsSubsequence("PDF Guide.pdf Keynote", "PNG Logo.png Keynote");
        // sessions with each one's details: reactions, raised hands, attachments x/y, chat, polls; minutes with one
        // decimal as on the screen (callout 19): 50 s = 0.8 minutes, 10 s = 0.2
        assertThat(text).contains("2 sessions attended");
        assertThat(lines(text)).containsSubsequence("Keynote 0.8 67%", "2 0 2/2 1 2",
                "Reactions Raised hands Attachments downloaded Chat messages sent Polls answered",
                "Panel 0.2 100%", "0 1 0/1 0 0");
        assertThat(text).contains("Live webcast · Wed, February 02 · 10:00 AM - 10:30 AM",
                "Meeting room · Wed, February 02 · 11:00 AM - 12:00 PM");
        // content on-demand: 40 s of a 95 s video, slots {0, 1, 8, 9}
        assertThat(text).contains("1 video viewed");
        assertThat(lines(text)).contains("Make it Count 0:40 42%");
        assertThat(text).contains("Definitions", "Page 1 of ");
    }

    @Test
    void theDemosAbbieWilsonReadsAsInTheJsonApiAndTheSeed() throws Exception {
        Rollups.awaitApplied(jdbc, UUID.fromString(DEMO_EVENT));
        UUID abbie = demoPerson("Abbie Wilson");
        String path = "/api/v1/events/" + DEMO_EVENT + "/users/" + abbie + "/analytics";
        String json = mvc.perform(get(path).with(httpBasic("manager", "manager"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String text = text(mvc.perform(get(path + "/report.pdf").with(httpBasic("manager", "manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        // the JSON's numbers, formatted as the dashboard formats them
        long total = JsonPath.<Number>read(json, "$.totalSecondsViewed").longValue();
        Double engagement = JsonPath.<Number>read(json, "$.averageLiveEngagementRate").doubleValue();
        assertThat(lines(text)).contains(Formats.hoursMinutesSeconds(total) + " "
                + JsonPath.<Integer>read(json, "$.sessionsViewed") + " " + Formats.percent(engagement) + " "
                + JsonPath.<Integer>read(json, "$.videosViewed"));
        assertThat(text).contains(
                "Live " + Formats.minutesSeconds(JsonPath.<Number>read(json, "$.liveSeconds").longValue()),
                "Recordings " + Formats.minutesSeconds(JsonPath.<Number>read(json, "$.recordingSeconds").longValue()),
                "Content on-demand " + Formats.minutesSeconds(JsonPath.<Number>read(json, "$.onDemandSeconds").longValue()));
        List<String> sessions = JsonPath.read(json, "$.sessions[*].name");
        List<Number> seconds = JsonPath.read(json, "$.sessions[*].secondsViewed");
        List<Number> rates = JsonPath.read(json, "$.sessions[*].liveEngagementRate");
        assertThat(sessions).isNotEmpty();
        for (int i = 0; i < sessions.size(); i++) {
            assertThat(lines(text)).contains(sessions.get(i) + " " + Formats.decimalMinutes(seconds.get(i).longValue()) + " "
                    + Formats.percent(rates.get(i) == null ? null : rates.get(i).doubleValue()));
        }
        // and the seed's callouts: 1:30:10, 2 sessions, 75 %, 15 videos; 28:00, 37:10, 25:00; 6, 2, 5, 2, 3
        assertThat(lines(text)).contains("1:30:10 2 75% 15");
        // callout 19 with one decimal, like the screen: the keynote's 28:00 live, 75 % engaged
        assertThat(lines(text)).contains("Opening Keynote 28.0 75%");
        assertThat(text).contains("Virtually Live!", "Abbie Wilson", "Live 28:00", "Recordings 37:10",
                "Content on-demand 25:00", "6 reactions", "2 chat messages sent", "5 poll responses",
                "2 Q&A threads created", "3 attachments downloaded", "15 videos viewed");
    }

    @Test
    void aUnicodeNameRendersWithEmbeddedFonts() throws Exception {
        UUID zoe = register("Zoë", "Ångström-Łukasz 王芳", "株式会社 Ünïcode");
        ingest.record(event.id(), List.of(new Interactions(event).live(zoe, event.keynote(), 10, true)));
        Rollups.awaitApplied(jdbc, event.id());

        var response = mvc.perform(get(api("/users/" + zoe + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("-zoe-angstrom-lukasz-");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(text(pdf)).contains("Zoë Ångström-Łukasz 王芳", "株式会社 Ünïcode");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    if (font instanceof PDType0Font) {
                        assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
                    } else {
                        // the PDF export starts every page with an empty text run in Helvetica: no glyph is drawn with it
                        assertThat(font.getName()).isEqualTo("Helvetica");
                    }
                }
            }
            assertThat(fonts).anyMatch(name -> name.endsWith("DejaVuSans"))
                    .anyMatch(name -> name.endsWith("DroidSansFallback"));
        }
    }

    @Test
    void aPersonWithoutActivityGetsDesignedEmptySections() throws Exception {
        UUID quiet = register("Quinn", "Quiet", "");
        String text = text(mvc.perform(get(api("/users/" + quiet + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("Quinn Quiet", "Data as of");
        assertThat(lines(text)).contains("0:00:00 0 — 0");
        assertThat(text).contains("Live 0:00", "Recordings 0:00", "Content on-demand 0:00",
                "0 attachments downloaded", "No attachments downloaded.",
                "0 sessions attended", "No sessions attended: no viewing and no interaction in any session yet.",
                "0 videos viewed", "No on-demand content viewed yet.", "Company —", "Definitions");
    }

    @Test
    void theSessionReportHoldsTheKeynotesHeadlineAndEveryAttendee() throws Exception {
        var response = mvc.perform(get(api("/sessions/" + event.keynote() + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("-keynote-");
        String text = text(response.getContentAsByteArray());
        assertThat(text).contains("Keynote", "Live webcast · Wed, February 02 · 10:00 AM - 10:30 AM");
        // 3 viewers, 70 s, 70/3 s on average, (20 + 0 + 10) / 50 live seconds engaged, 2 reactions, 1 chat, 2 polls
        assertThat(lines(text)).containsSubsequence("3 0:01:10 0:23 60%", "Unique viewers Total minutes viewed "
                + "Avg. minutes viewed Live engagement rate", "2 1 2 3", "Reactions Chat messages Polls answered Attendees",
                "0 Q&A threads created 2/2 Attachments downloaded 0 Raised hands");
        assertThat(lines(text)).containsSubsequence("Total (3 attendees) 0:01:10 2 1 2 60%", "Ann Tester 0:50 2 1 2 67%",
                "Tester, Testco");
        // Bob and Cem tie on minutes: their order is the user id's
        assertThat(lines(text)).contains("Bob Tester 0:10 0 0 0 0%", "Cem Tester 0:10 0 0 0 100%");
    }

    @Test
    void theEventReportHoldsTheEventsFiguresAndTheChart() throws Exception {
        var response = mvc.perform(get(api("/analytics/report.pdf")).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String text = text(response.getContentAsByteArray());
        // 3 registered, 3 attendees; live 30 + 10 (Ann) + 10 (Bob) + 10 (Cem) = 60 s, 40 of them engaged; recording
        // 20 s; on-demand 40 + 120 s; 2 reactions; Ann's 2 attachments and Bob's slides
        assertThat(text).contains("Test event " + event.id(), "Live viewers over time", "Most engaged people",
                "Ann Tester", "Keynote",
                Formats.hoursMinutesSeconds(240), "Live " + Formats.hoursMinutesSeconds(60) + " · Recordings "
                        + Formats.hoursMinutesSeconds(20) + " · On-demand " + Formats.hoursMinutesSeconds(160), "67%");
        assertThat(lines(text)).anyMatch(line -> line.contains("3") && line.contains("100%"));
        mvc.perform(get(api("/analytics/report.pdf")).with(httpBasic("manager", "manager")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theVodReportHoldsTheVideosViewers() throws Exception {
        String text = text(mvc.perform(get(api("/content/" + event.video() + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        // 2 viewers, 160 s, mean of 40/95 and 100 %, 95 s long
        assertThat(lines(text)).containsSubsequence("Make it Count", "2 0:02:40 71% 1:35",
                "Bob Tester 2:00 100%", "Ann Tester 0:40 42%", "Tester, Testco");
    }

    @Test
    void aLargeSessionRunsOverManyPagesWithEveryAttendee() throws Exception {
        int attendees = 1_234;
        List<NewInteraction> views = new ArrayList<>();
        for (int i = 0; i < attendees; i++) {
            UUID person = register("Many", String.format("Attendee%05d", i), "");
            views.add(new Interactions(event).live(person, event.panel(), 10, i % 2 == 0));
        }
        ingest.record(event.id(), views);
        Rollups.awaitApplied(jdbc, event.id());

        byte[] pdf = mvc.perform(get(api("/sessions/" + event.panel() + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        // Ann's and Bob's rows plus the new ones; more than two fetches of 500 rows, each row exactly once
        assertThat(text).contains("Total (1,236 attendees)");
        for (int i = 0; i < attendees; i++) {
            assertThat(text).containsOnlyOnce(String.format("Many Attendee%05d", i));
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(30);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);
            assertThat(lastPage.getText(document)).contains("Page " + pages + " of " + pages, "Definitions");
        }
    }

    @Test
    void reportsFollowTheApisAccessRules() throws Exception {
        TestEvent other = TestEvent.create(events, agenda, media, people);
        String user = "/users/" + event.ann() + "/analytics/report.pdf";
        mvc.perform(get(api(user))).andExpect(status().isUnauthorized());
        mvc.perform(get(api(user)).with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
        // the demo manager manages only the demo event
        mvc.perform(get(api(user)).with(httpBasic("manager", "manager"))).andExpect(status().isNotFound());
        // ids of another event, unknown ids, a recording instead of an on-demand video
        mvc.perform(get(api("/users/" + other.ann() + "/analytics/report.pdf")).with(admin())
                .accept(MediaType.APPLICATION_PDF)).andExpect(status().isNotFound());
        mvc.perform(get(api("/sessions/" + other.keynote() + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get(api("/content/" + other.video() + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get(api("/users/" + UUID.randomUUID() + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get(api("/content/" + event.keynoteRecording() + "/analytics/report.pdf")).with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + UUID.randomUUID() + "/users/" + event.ann() + "/analytics/report.pdf")
                .with(admin())).andExpect(status().isNotFound());
        mvc.perform(get(api("/users/not-a-uuid/analytics/report.pdf")).with(admin()))
                .andExpect(status().isBadRequest());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private UUID register(String first, String last, String company) {
        UUID id = UUID.randomUUID();
        people.register(new Registration(event.id(), id, first, last, id + "@test.example", Set.of(EventRole.ATTENDEE),
                "", company, "", "US", RegistrationType.REGISTRATION, RegistrationStatus.REGISTERED, null));
        return id;
    }

    private UUID demoPerson(String name) {
        return jdbc.sql("select id from registration where event_id = ? and first_name || ' ' || last_name = ?")
                .param(UUID.fromString(DEMO_EVENT)).param(name).query(UUID.class).single();
    }

    private String api(String path) {
        return "/api/v1/events/" + event.id() + path;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "admin");
    }

    /** The PDF's text, line by line, runs of spaces made one. */
    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return String.join("\n", lines(stripper.getText(document)));
        }
    }

    /** The text's lines with runs of spaces made one, so that table rows compare as "a b c". */
    static List<String> lines(String text) {
        return text.lines().map(line -> line.strip().replaceAll("\\s+", " ")).toList();
    }
}
