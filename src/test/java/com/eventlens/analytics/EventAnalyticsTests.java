package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.analytics.EventAnalytics.SessionRank;
import com.eventlens.interactions.Ingest;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.testing.Interactions;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.SignedIn;
import com.eventlens.testing.TestEvent;

/**
 * SPEC.md §3 "Event-level figures, concurrency, engagement score, attendance" against a fixture computed by hand. Every
 * beacon is engaged (live engagement rate 1 in each session), so each attendee with live viewing has 15 points of
 * live engagement; viewing earns 35 × min(1, minutes ÷ 60).
 *
 * <pre>
 * person  status        profile                        activity (times are 15:mm:ss UTC on the event's day)
 * Ann     Registered    Testco, Testing, US, Attendee  keynote 00:00, 00:59, 01:00 (20 s each); panel 00:30 (20 s)
 * Bob     Registered    Testco, Testing, US, Attendee  keynote 00:10 (10 s); panel 07:00 (50 s)
 * Cem     Registered    Testco, Testing, US, Attendee  panel 01:30 (30 s)
 * Dora    Registered    Initech, –, DE, Speaker+Att.   downloads the slides only
 * Eli     Blocked       –, Media, –, Attendee          keynote 02:00 (40 s)
 * Fay     Invited       Testco, Testing, US, Attendee  nothing
 * Gus     Registered    Testco, Testing, US, Attendee  keynote 12:00 (10 s); then his registration is removed
 * </pre>
 */
@SpringBootTest
class EventAnalyticsTests {

    static final Instant T = TestEvent.START;

    @Autowired
    ApplicationContext application;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dashboards dashboards;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    PeopleManagement people;

    TestEvent event;
    UUID dora;
    UUID eli;
    UUID fay;
    UUID gus;

    @BeforeEach
    void fixture() {
        SignedIn.asAdmin();
        event = TestEvent.create(application);
        dora = register("Dora", "Initech", "", "DE", Set.of(EventRole.SPEAKER, EventRole.ATTENDEE),
                RegistrationStatus.REGISTERED);
        eli = register("Eli", "", "Media", null, Set.of(EventRole.ATTENDEE), RegistrationStatus.BLOCKED);
        fay = register("Fay", "Testco", "Testing", "US", Set.of(EventRole.ATTENDEE), RegistrationStatus.INVITED);
        gus = register("Gus", "Testco", "Testing", "US", Set.of(EventRole.ATTENDEE), RegistrationStatus.REGISTERED);
        Interactions a = new Interactions(event);
        ingest.record(event.id(), List.of(
                a.liveAt(event.ann(), event.keynote(), at("00:00"), 20, true),
                a.liveAt(event.ann(), event.keynote(), at("00:59.999"), 20, true),
                a.liveAt(event.ann(), event.keynote(), at("01:00"), 20, true),
                a.liveAt(event.ann(), event.panel(), at("00:30"), 20, true),
                a.liveAt(event.bob(), event.keynote(), at("00:10"), 10, true)));
        ingest.record(event.id(), List.of(
                a.liveAt(event.bob(), event.panel(), at("07:00"), 50, true),
                a.liveAt(event.cem(), event.panel(), at("01:30"), 30, true),
                a.download(dora, event.slides()),
                a.liveAt(eli, event.keynote(), at("02:00"), 40, true),
                a.liveAt(gus, event.keynote(), at("12:00"), 10, true)));
        Rollups.awaitApplied(jdbc, event.id());
        people.remove(event.id(), gus);
        Rollups.awaitApplied(jdbc, event.id());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void registeredAttendeesAndAttendanceRate() {
        EventAnalytics analytics = dashboards.event(event.id()).orElseThrow();
        // Ann, Bob, Cem, Dora, Eli, Fay; Gus's registration was removed
        assertThat(analytics.registered()).isEqualTo(6);
        // everyone with activity: Dora only downloaded, Gus is removed but attended
        assertThat(analytics.attendees()).isEqualTo(6);
        // the attendees who are registered (all but Gus) ÷ registered
        assertThat(analytics.attendanceRate()).isCloseTo(5.0 / 6, within(1e-12));
        // Ann (80 s) and Bob (exactly 60 s) reached the threshold; Cem (30 s) did not; Eli is blocked
        assertThat(analytics.registrationsByStatus()).containsEntry(RegistrationStatus.ATTENDED, 2L)
                .containsEntry(RegistrationStatus.REGISTERED, 2L).containsEntry(RegistrationStatus.BLOCKED, 1L)
                .containsEntry(RegistrationStatus.INVITED, 1L).containsEntry(RegistrationStatus.UNREGISTERED, 0L);
    }

    @Test
    void eventTotalsAreSumsOverEveryone() {
        EventAnalytics analytics = dashboards.event(event.id()).orElseThrow();
        assertThat(analytics.liveSeconds()).isEqualTo(80 + 60 + 30 + 40 + 10);
        assertThat(analytics.recordingSeconds()).isZero();
        assertThat(analytics.onDemandSeconds()).isZero();
        assertThat(analytics.totalSecondsViewed()).isEqualTo(220);
        assertThat(analytics.liveEngagementRate()).isEqualTo(1.0);
        assertThat(analytics.attachmentsDownloaded()).isEqualTo(1);
        assertThat(analytics.pollResponses()).isZero();
        assertThat(analytics.sessions()).extracting(SessionRank::name).containsExactly("Keynote", "Panel");
        SessionRank keynote = analytics.sessions().get(0);
        // Ann, Bob, Eli, Gus
        assertThat(keynote.attendees()).isEqualTo(4);
        assertThat(keynote.totalSecondsViewed()).isEqualTo(60 + 10 + 40 + 10);
        SessionRank panel = analytics.sessions().get(1);
        // Ann, Bob, Cem viewed; Dora downloaded its slides
        assertThat(panel.attendees()).isEqualTo(4);
        assertThat(panel.uniqueViewers()).isEqualTo(3);
    }

    @Test
    void concurrentLiveViewersPerMinute() {
        // 15:00 — Ann (keynote and panel: once for the event), Bob; 15:00:59.999 is still 15:00
        // 15:01 — Ann (keynote 15:01:00), Cem (panel); 15:02 — Eli; 15:07 — Bob; 15:12 — Gus
        assertThat(series(null, 1)).isEqualTo(points(1, "00", 2, 2, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1));
        assertThat(series(event.keynote(), 1)).isEqualTo(points(1, "00", 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1));
        assertThat(series(event.panel(), 1)).isEqualTo(points(1, "00", 1, 1, 0, 0, 0, 0, 0, 1));

        EventAnalytics analytics = dashboards.event(event.id()).orElseThrow();
        // 2 viewers at 15:00 and again at 15:01: the earliest minute is the peak's
        assertThat(analytics.peakConcurrentViewers()).isEqualTo(2);
        assertThat(analytics.peakAt()).isEqualTo(at("00:00"));
        assertThat(analytics.sessions().get(0).peakConcurrentViewers()).isEqualTo(2);
        assertThat(analytics.sessions().get(0).peakAt()).isEqualTo(at("00:00"));
        assertThat(analytics.sessions().get(1).peakConcurrentViewers()).isEqualTo(1);
        assertThat(analytics.sessions().get(1).peakAt()).isEqualTo(at("00:00"));
        SessionAnalytics panel = dashboards.session(event.id(), event.panel(), PageRequest.page(0, 10, "secondsViewed",
                true)).orElseThrow();
        assertThat(panel.peakConcurrentViewers()).isEqualTo(1);
        assertThat(panel.peakAt()).isEqualTo(at("00:00"));
    }

    @Test
    void concurrentLiveViewersInLargerBuckets() {
        // 15:00–15:05: Ann, Bob, Cem, Eli; 15:05–15:10: Bob; 15:10–15:15: Gus
        assertThat(series(null, 5)).isEqualTo(points(5, "00", 4, 1, 1));
        assertThat(series(event.panel(), 5)).isEqualTo(points(5, "00", 2, 1));
        assertThat(series(null, 15)).isEqualTo(points(15, "00", 5));
        assertThat(series(null, 60)).isEqualTo(points(60, "00", 5));
        assertThatThrownBy(() -> dashboards.liveViewers(event.id(), null, 10))
                .isInstanceOf(com.eventlens.shared.input.InvalidInput.class).hasMessageContaining("[1, 5, 15, 60]");
    }

    @Test
    void noLiveBeaconMeansNoPeakAndNoPoints() {
        TestEvent quiet = TestEvent.create(application);
        ingest.record(quiet.id(), List.of(new Interactions(quiet).onDemand(quiet.ann(), 0, 10)));
        Rollups.awaitApplied(jdbc, quiet.id());
        EventAnalytics analytics = dashboards.event(quiet.id()).orElseThrow();
        assertThat(analytics.peakConcurrentViewers()).isZero();
        assertThat(analytics.peakAt()).isNull();
        assertThat(dashboards.liveViewers(quiet.id(), null, 1).orElseThrow().points()).isEmpty();
        assertThat(dashboards.liveViewers(quiet.id(), UUID.randomUUID(), 1)).isEmpty();
    }

    @Test
    void averageScoreAndBandsOverAttendees() {
        double annScore = 35 * (80 / 60.0) / 60 + 15;
        double bobScore = 35 * (60 / 60.0) / 60 + 15;
        double cemScore = 35 * (30 / 60.0) / 60 + 15;
        double doraScore = 10 * (1 / 3.0);
        double eliScore = 35 * (40 / 60.0) / 60 + 15;
        double gusScore = 35 * (10 / 60.0) / 60 + 15;
        EventAnalytics analytics = dashboards.event(event.id()).orElseThrow();
        assertThat(analytics.averageEngagementScore()).isCloseTo(
                (annScore + bobScore + cemScore + doraScore + eliScore + gusScore) / 6, within(1e-9));
        assertThat(analytics.engagementBands()).isEqualTo(new EventAnalytics.Bands(0, 0, 6));
        assertThat(analytics.mostEngaged()).extracting(EventAnalytics.EngagedPerson::userId)
                .containsExactly(event.ann(), event.bob(), eli, event.cem(), gus, dora);
        assertThat(analytics.mostEngaged().get(0).score()).isCloseTo(annScore, within(1e-9));
        assertThat(analytics.mostEngaged().get(4).name()).isEqualTo("Removed registration");
    }

    @Test
    void breakdownsByCompanyCountryIndustryAndRole() {
        // Testco: Ann, Bob, Cem; no value: Eli ("" company) and Gus (removed); Initech: Dora
        assertThat(rows(Breakdown.By.COMPANY)).containsExactly(
                row("Testco", 3, 80 + 60 + 30, 1.0), row(null, 2, 40 + 10, 1.0), row("Initech", 1, 0, null));
        assertThat(rows(Breakdown.By.COUNTRY)).containsExactly(
                row("US", 3, 170, 1.0), row(null, 2, 50, 1.0), row("DE", 1, 0, null));
        // no value: Dora ("" industry) and Gus
        assertThat(rows(Breakdown.By.INDUSTRY)).containsExactly(
                row("Testing", 3, 170, 1.0), row(null, 2, 10, 1.0), row("Media", 1, 40, 1.0));
        // Dora is in both her roles' rows; rows of equal size by value, "no value" last
        assertThat(rows(Breakdown.By.ROLE)).containsExactly(
                row("ATTENDEE", 5, 210, 1.0), row("SPEAKER", 1, 0, null), row(null, 1, 10, 1.0));
        Breakdown.Row initech = dashboards.breakdown(event.id(), Breakdown.By.COMPANY).orElseThrow().rows().get(2);
        assertThat(initech.averageEngagementScore()).isCloseTo(10 / 3.0, within(1e-9));
    }

    @Test
    void anEventTheAccountMayNotSeeIsEmpty() {
        SignedIn.nobody();
        assertThat(dashboards.event(event.id())).isEmpty();
        assertThat(dashboards.liveViewers(event.id(), null, 1)).isEmpty();
        assertThat(dashboards.breakdown(event.id(), Breakdown.By.ROLE)).isEmpty();
    }

    /** Value, attendees, seconds and pooled rate of a breakdown row (the average score is pinned apart). */
    private record Line(String value, long attendees, long seconds, Double rate) {
    }

    private List<Line> rows(Breakdown.By by) {
        return dashboards.breakdown(event.id(), by).orElseThrow().rows().stream()
                .map(row -> new Line(row.value(), row.attendees(), row.totalSecondsViewed(), row.liveEngagementRate()))
                .toList();
    }

    private static Line row(String value, long attendees, long seconds, Double rate) {
        return new Line(value, attendees, seconds, rate);
    }

    private List<LiveViewers.Point> series(UUID session, int interval) {
        return dashboards.liveViewers(event.id(), session, interval).orElseThrow().points();
    }

    /** Points every {@code interval} minutes from 15:{@code first}, with these viewers. */
    private static List<LiveViewers.Point> points(int interval, String first, long... viewers) {
        Instant at = at(first + ":00");
        List<LiveViewers.Point> points = new java.util.ArrayList<>();
        for (long count : viewers) {
            points.add(new LiveViewers.Point(at, count));
            at = at.plusSeconds(60L * interval);
        }
        return points;
    }

    /** 15:mm:ss UTC on the event's day. */
    static Instant at(String minutesAndSeconds) {
        return Instant.parse("2022-02-02T15:" + minutesAndSeconds + "Z");
    }

    private UUID register(String name, String company, String industry, String country, Set<EventRole> roles,
                          RegistrationStatus status) {
        UUID id = UUID.randomUUID();
        directory.register(new Registration(event.id(), id, name, "Tester", name.toLowerCase() + "-" + id + "@test.example",
                roles, "Tester", company, industry, country, RegistrationType.REGISTRATION, status, null));
        return id;
    }

}
