package com.eventlens.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.analytics.Breakdown;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.EventAnalytics;
import com.eventlens.console.ui.NotFoundView;
import com.eventlens.shared.format.Formats;
import com.eventlens.testing.Rollups;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * Event analytics of the demo event as its manager sees it: the figures are the read model's (which the JSON API
 * pins), the chart is drawn with its peak and as a table, the rankings and the most engaged people lead to their
 * dashboards, and the breakdowns switch fields.
 */
@SpringBootTest
@WithUserDetails("manager")
class EventAnalyticsViewTests extends SpringBrowserlessTest {

    static final String EVENT = AnalyticsViewTests.EVENT;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dashboards dashboards;

    @BeforeEach
    void rollupsCaughtUp() {
        Rollups.awaitApplied(jdbc, UUID.fromString(EVENT));
    }

    @Test
    void theFiguresAreTheReadModels() {
        EventAnalyticsView view = navigate("events/" + EVENT + "/analytics", EventAnalyticsView.class);
        EventAnalytics analytics = dashboards.event(UUID.fromString(EVENT)).orElseThrow();
        assertThat($(H1.class, view).first().getText()).isEqualTo("Event overview");
        List<String> texts = $(Span.class, view).all().stream().map(Span::getText).toList();
        assertThat(texts).contains(Formats.count(analytics.registered()), "Registered",
                Formats.count(analytics.attendees()), "Attendees", Formats.percent(analytics.attendanceRate()),
                Formats.hoursMinutesSeconds(analytics.totalSecondsViewed()),
                Formats.count(analytics.peakConcurrentViewers()), "Peak live viewers",
                Formats.score(analytics.averageEngagementScore()), "Avg. engagement score");
        assertThat(analytics.registered()).as("the demo's 255 people").isEqualTo(255);
        assertThat(texts).anyMatch(text -> text.startsWith("Data as of "));
        assertThat(texts).contains("Hot", "Warm", "Cold", Formats.count(analytics.engagementBands().hot()));
    }

    @Test
    void theChartShowsThePeak_andItsNumbersAsATable() {
        EventAnalyticsView view = navigate("events/" + EVENT + "/analytics", EventAnalyticsView.class);
        EventAnalytics analytics = dashboards.event(UUID.fromString(EVENT)).orElseThrow();
        String svg = $(Svg.class, view).single().getElement().getProperty("innerHTML", "");
        assertThat(svg).contains("<title id=\"live-viewers-title\">Live viewers over time, the event</title>")
                .contains("Peak " + analytics.peakConcurrentViewers() + " viewers at "
                        + Formats.time(analytics.peakAt(), java.time.ZoneId.of("America/New_York")))
                .contains("10:00 AM");
        LiveViewersPanel panel = $(LiveViewersPanel.class, view).single();
        int minutes = $(NativeTableRow.class, panel).all().size();
        test(panel.interval).selectItem("Every 15 minutes");
        int quarters = $(NativeTableRow.class, panel).all().size();
        // a header row and one row a bucket: a quarter of an hour holds 15 minutes
        assertThat(quarters - 1).isEqualTo((minutes - 1 + 14) / 15);
    }

    @Test
    @SuppressWarnings("unchecked")
    void rankingsAndTheMostEngagedLeadToTheirDashboards() {
        EventAnalyticsView view = navigate("events/" + EVENT + "/analytics", EventAnalyticsView.class);
        roundTrip(); // the tab sheet attaches its selected tab's content just before it answers the browser
        EventAnalytics analytics = dashboards.event(UUID.fromString(EVENT)).orElseThrow();
        assertThat(test(view.sessions).size()).isEqualTo(6);
        EventAnalytics.SessionRank mostAttended = analytics.sessions().stream()
                .max(java.util.Comparator.comparingLong(EventAnalytics.SessionRank::attendees)).orElseThrow();
        assertThat(test(view.sessions).getRow(0)).as("sorted by attendees, most first").isEqualTo(mostAttended);
        assertThat(((RouterLink) test(view.sessions).getCellComponent(0, "name")).getHref())
                .isEqualTo("events/" + EVENT + "/sessions/" + mostAttended.sessionId() + "/analytics");
        assertThat(test(view.videos).size()).isEqualTo(EventAnalyticsView.TOP_VIDEOS);
        List<String> people = $(RouterLink.class, view.mostEngaged).all().stream().map(RouterLink::getHref).toList();
        assertThat(people).hasSize(10).first()
                .isEqualTo("events/" + EVENT + "/users/" + analytics.mostEngaged().getFirst().userId() + "/analytics");
    }

    @Test
    void theBreakdownsSwitchFields() {
        EventAnalyticsView view = navigate("events/" + EVENT + "/analytics", EventAnalyticsView.class);
        assertThat($(BreakdownPanel.class, view).exists()).as("on its own tab").isFalse();
        test($(com.vaadin.flow.component.tabs.TabSheet.class, view).single()).select("Breakdowns");
        roundTrip();
        BreakdownPanel panel = $(BreakdownPanel.class, view).single();
        Breakdown companies = dashboards.breakdown(UUID.fromString(EVENT), Breakdown.By.COMPANY).orElseThrow();
        assertThat(test(panel.grid).size()).isEqualTo(companies.rows().size());
        panel.fields.setSelectedIndex(3);
        Breakdown roles = dashboards.breakdown(UUID.fromString(EVENT), Breakdown.By.ROLE).orElseThrow();
        assertThat(test(panel.grid).size()).isEqualTo(roles.rows().size());
        assertThat(test(panel.grid).getCellText(0, 0)).isEqualTo("Attendee");
    }

    @Test
    void anEventTheManagerDoesNotManageIsNotFound() {
        navigate("events/" + UUID.randomUUID() + "/analytics", NotFoundView.class);
        navigate("events/" + UUID.randomUUID() + "/settings/engagement", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
