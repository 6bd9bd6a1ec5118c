package com.eventlens.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.console.ui.NotFoundView;
import com.eventlens.shared.format.Formats;
import com.eventlens.testing.Rollups;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/**
 * The Agenda of the demo event: the sessions by day in the event's time zone, with type, recording and attachments,
 * and who came (as the session rollups count it), leading to Session analytics.
 */
@SpringBootTest
@WithUserDetails("manager")
class AgendaViewTests extends SpringBrowserlessTest {

    static final String EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";
    static final UUID KEYNOTE = demoId("session:Opening Keynote");

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void rollupsCaughtUp() {
        Rollups.awaitApplied(jdbc, UUID.fromString(EVENT));
    }

    @Test
    void theAgendaListsTheSessionsInTheEventsTimeZone_withWhoCame() {
        AgendaView view = navigate("events/" + EVENT + "/agenda", AgendaView.class);
        assertThat($(H2.class, view).all()).extracting(H2::getText).containsExactly("Wed, February 02");
        List<String> texts = $(Span.class, view).all().stream().map(Span::getText).toList();
        assertThat(texts).contains("10:00 AM - 10:30 AM", "Live webcast", "Recording · 30:00", "Brand Guidebook.pdf",
                "3:00 PM - 4:30 PM", "Meeting room", "No recording");
        long attendees = jdbc.sql("select attendees from session_stats where event_id = ?::uuid and session_id = ?")
                .param(EVENT).param(KEYNOTE).query(Long.class).single();
        assertThat(texts).contains(Formats.count(attendees));
        assertThat($(Anchor.class, view).all()).extracting(Anchor::getHref)
                .contains("events/" + EVENT + "/sessions/" + KEYNOTE + "/analytics");
        assertThat($(Anchor.class, view).all()).extracting(Anchor::getText).containsSequence("Opening Keynote",
                "", "Marketing for Gen-Z: The right way");
    }

    @Test
    void anotherEventIsNotFound() {
        navigate("events/" + UUID.randomUUID() + "/agenda", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("eventlens-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
