package com.eventlens.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;

/**
 * The demo event's Overview leads somewhere from everything it shows (issue 13): each figure to the page that lists
 * it, each agenda row to its session's analytics and the rest to the Agenda, each speaker to their analytics.
 */
@SpringBootTest
@WithUserDetails("manager")
class OverviewViewTests extends SpringBrowserlessTest {

    static final String EVENT = EventAccessTests.DEMO_EVENT;

    @Test
    void figuresAgendaAndSpeakersLeadToTheirPages() {
        OverviewView overview = navigate("events/" + EVENT, OverviewView.class);
        String event = "events/" + EVENT;

        List<String> figures = links(overview, "figures");
        assertThat(figures).containsExactly(event + "/people", event + "/agenda", event + "/media", event + "/media");

        List<String> agenda = links(overview, "agenda");
        assertThat(agenda.getFirst()).isEqualTo(event + "/agenda");
        assertThat(agenda.subList(1, 1 + OverviewView.AGENDA_PREVIEW))
                .allMatch(href -> href.matches(event + "/sessions/" + UUID_PATTERN + "/analytics"));
        assertThat(agenda.getLast()).as("the demo's six sessions: three more").isEqualTo(event + "/agenda");
        assertThat($(RouterLink.class, overview).all()).anyMatch(link -> link.getText().equals("3 more sessions"));

        List<String> speakers = links(overview, "speakers");
        assertThat(speakers.getFirst()).startsWith(event + "/people");
        assertThat(speakers.subList(1, speakers.size())).isNotEmpty()
                .anyMatch(href -> href.matches(event + "/users/" + UUID_PATTERN + "/analytics"));
    }

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** The addresses of the links in the card (or strip) with this class, in order. */
    private List<String> links(OverviewView overview, String cardClass) {
        Div card = $(Div.class, overview).withClassName(cardClass).single();
        return $(RouterLink.class, card).all().stream().map(link -> link.getHref().replaceFirst("\\?.*", "")).toList();
    }
}
