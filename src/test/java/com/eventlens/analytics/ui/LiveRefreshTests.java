package com.eventlens.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.analytics.SessionAnalytics.Attendee;
import com.eventlens.analytics.UserAnalytics.SessionActivity;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.testing.Interactions;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.TestEvent;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;

/**
 * A live update changes the figures of an open dashboard in place: the session rows the manager expanded stay
 * expanded, the attendees keep the sort the manager chose, and the grids are the same components (so the browser
 * keeps their scroll position) — nothing is rebuilt.
 */
@SpringBootTest
@WithUserDetails("admin")
class LiveRefreshTests extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;

    TestEvent event;
    Interactions interactions;

    @BeforeEach
    void annWatchedBothSessions() {
        event = TestEvent.create(context);
        interactions = new Interactions(event);
        ingest.record(event.id(), List.of(interactions.live(event.ann(), event.keynote(), 10, true),
                interactions.live(event.ann(), event.panel(), 10, true)));
        Rollups.awaitApplied(jdbc, event.id());
    }

    @Test
    void anExpandedSessionRowStaysExpandedAndShowsTheNewFigures() {
        UserAnalyticsView view = navigate("events/" + event.id() + "/users/" + event.ann() + "/analytics",
                UserAnalyticsView.class);
        Grid<SessionActivity> sessions = view.sessions;
        SessionActivity keynote = test(sessions).getRow(0);
        assertThat(keynote.name()).isEqualTo("Keynote");
        sessions.setDetailsVisible(keynote, true);

        ingest.record(event.id(), List.of(interactions.other(InteractionType.REACTION, event.ann(), event.keynote()),
                interactions.live(event.ann(), event.keynote(), 50, true)));
        Rollups.awaitApplied(jdbc, event.id());
        view.refresh();

        assertThat(view.sessions).as("the same grid").isSameAs(sessions);
        SessionActivity refreshed = test(sessions).getRow(0);
        assertThat(refreshed.reactions()).isEqualTo(1);
        assertThat(refreshed.secondsViewed()).isEqualTo(60);
        assertThat(sessions.isDetailsVisible(refreshed)).as("the keynote row is still expanded").isTrue();
        assertThat(sessions.isDetailsVisible(test(sessions).getRow(1))).as("the panel row still is not").isFalse();
        assertThat($(Span.class, view).all().stream().map(Span::getText)).contains("0:01:10", "Total min. viewed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAttendeesKeepTheSortTheManagerChose() {
        SessionAnalyticsView view = navigate("events/" + event.id() + "/sessions/" + event.keynote() + "/analytics",
                SessionAnalyticsView.class);
        Grid<Attendee> attendees = view.attendees;
        attendees.sort(GridSortOrder.asc(attendees.getColumnByKey("reactions")).build());

        ingest.record(event.id(), List.of(interactions.live(event.bob(), event.keynote(), 10, false),
                interactions.other(InteractionType.REACTION, event.ann(), event.keynote())));
        Rollups.awaitApplied(jdbc, event.id());
        view.refresh();

        assertThat(view.attendees).as("the same grid").isSameAs(attendees);
        assertThat(attendees.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getKey()).isEqualTo("reactions");
            assertThat(order.getDirection()).isEqualTo(SortDirection.ASCENDING);
        });
        assertThat(test(attendees).size()).isEqualTo(2);
        assertThat(List.of(test(attendees).getRow(0).name(), test(attendees).getRow(1).name()))
                .as("fewest reactions first").containsExactly("Bob Tester", "Ann Tester");
    }
}
