package com.eventlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.analytics.EngagementScore.Component;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.PeopleSort;
import com.eventlens.people.Registration;
import com.eventlens.testing.Interactions;
import com.eventlens.testing.Rollups;
import com.eventlens.testing.SignedIn;
import com.eventlens.testing.TestEvent;

/**
 * The engagement score of SPEC.md §3 with default and changed weights, computed by hand:
 * <pre>
 * Ann  10 reactions, 5 chat messages, 3 polls, 2 Q&amp;A threads, 3 attachments: every cap reached but viewing's,
 *      live engagement undefined (0): 5 + 10 + 10 + 5 + 10 = exactly 40 → Warm
 * Bob  60 live beacons of 60 s, all engaged (60 minutes, rate 1), 5 chat messages, 3 polls: 35 + 15 + 10 + 10 =
 *      exactly 70 → Hot
 * Cem  two 10-second beacons of a recording: 35 × (20 s ÷ 60 ÷ 60) points, no cap reached; no live viewing → Cold
 * </pre>
 */
@SpringBootTest
class EngagementScoreTests {

    @Autowired
    ApplicationContext application;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dashboards dashboards;
    @Autowired
    EngagementScoring scoring;
    @Autowired
    PeopleManagement people;

    TestEvent event;

    @BeforeEach
    void fixture() {
        SignedIn.asAdmin();
        event = TestEvent.create(application);
        Interactions a = new Interactions(event);
        List<NewInteraction> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(a.other(InteractionType.REACTION, event.ann(), event.keynote()));
        }
        for (UUID person : List.of(event.ann(), event.bob())) {
            for (int i = 0; i < 5; i++) {
                batch.add(a.other(InteractionType.CHAT_MESSAGE, person, event.keynote()));
            }
            for (int poll = 0; poll < 3; poll++) {
                batch.add(a.poll(person, new UUID(7, poll)));
            }
        }
        batch.add(a.other(InteractionType.QA_THREAD, event.ann(), event.panel()));
        batch.add(a.other(InteractionType.QA_THREAD, event.ann(), event.panel()));
        batch.addAll(List.of(a.download(event.ann(), event.logo()), a.download(event.ann(), event.guide()),
                a.download(event.ann(), event.slides())));
        for (int minute = 0; minute < 60; minute++) {
            batch.add(a.liveAt(event.bob(), event.keynote(), TestEvent.START.plusSeconds(60L * minute), 60, true));
        }
        batch.addAll(List.of(a.recording(event.cem(), 0), a.recording(event.cem(), 10)));
        ingest.record(event.id(), batch);
        Rollups.awaitApplied(jdbc, event.id());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void withTheDefaultWeights() {
        EngagementScore ann = score(event.ann());
        assertThat(ann.score()).isEqualTo(40.0);
        assertThat(ann.band()).isEqualTo(EngagementBand.WARM);
        assertThat(ann.components()).containsExactly(
                new Component("viewing", 0, 60, 35, 0),
                new Component("onDemand", 0, 30, 10, 0),
                new Component("liveEngagement", 0, 1, 15, 0),
                new Component("reactions", 10, 10, 5, 5),
                new Component("chat", 5, 5, 10, 10),
                new Component("polls", 3, 3, 10, 10),
                new Component("qa", 2, 2, 5, 5),
                new Component("downloads", 3, 3, 10, 10),
                new Component("raisedHands", 0, 2, 0, 0));
        EngagementScore bob = score(event.bob());
        assertThat(bob.score()).isEqualTo(70.0);
        assertThat(bob.band()).isEqualTo(EngagementBand.HOT);
        assertThat(bob.components().getFirst()).isEqualTo(new Component("viewing", 60, 60, 35, 35));
        assertThat(bob.components().get(2)).isEqualTo(new Component("liveEngagement", 1, 1, 15, 15));
        EngagementScore cem = score(event.cem());
        assertThat(cem.score()).isCloseTo(35 * (20 / 60.0) / 60, within(1e-12));
        assertThat(cem.band()).isEqualTo(EngagementBand.COLD);

        EventAnalytics analytics = dashboards.event(event.id()).orElseThrow();
        assertThat(analytics.engagementBands()).isEqualTo(new EventAnalytics.Bands(1, 1, 1));
        assertThat(analytics.averageEngagementScore()).isCloseTo((40 + 70 + 35 * (20 / 60.0) / 60) / 3, within(1e-9));
        assertThat(analytics.mostEngaged()).extracting(EventAnalytics.EngagedPerson::userId)
                .containsExactly(event.bob(), event.ann(), event.cem());
        assertThat(scoresInAllUsers()).containsExactly(70, 40, 0);
        assertThat(peopleByScore()).containsExactly(event.bob(), event.ann(), event.cem());
    }

    @Test
    void withChangedWeightsAndCaps_everyFigureFollows() {
        Map<EngagementComponent, EngagementSettings.Weighting> weights = new EnumMap<>(
                EngagementSettings.defaults().components());
        weights.put(EngagementComponent.VIEWING, new EngagementSettings.Weighting(25, 60));
        weights.put(EngagementComponent.RAISED_HANDS, new EngagementSettings.Weighting(10, 2));
        weights.put(EngagementComponent.CHAT, new EngagementSettings.Weighting(10, 10));
        scoring.save(event.id(), new EngagementSettings(60, weights));

        // Ann: 5 + 10 × 5/10 + 10 + 5 + 10 = 35 → Cold; Bob: 25 + 15 + 5 + 10 = 55 → Warm; Cem: 25 × (20/60)/60
        assertThat(score(event.ann()).score()).isEqualTo(35.0);
        assertThat(score(event.ann()).components().get(4)).isEqualTo(new Component("chat", 5, 10, 10, 5));
        assertThat(score(event.bob()).score()).isEqualTo(55.0);
        assertThat(score(event.bob()).band()).isEqualTo(EngagementBand.WARM);
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> {
            EventAnalytics analytics = dashboards.event(event.id()).orElseThrow();
            assertThat(analytics.engagementBands()).isEqualTo(new EventAnalytics.Bands(0, 1, 2));
            assertThat(analytics.averageEngagementScore()).isCloseTo((35 + 55 + 25 * (20 / 60.0) / 60) / 3,
                    within(1e-9));
            assertThat(scoresInAllUsers()).containsExactly(55, 35, 0);
        });
        assertThat(scoring.settings(event.id())).contains(new EngagementSettings(60, weights));
    }

    private EngagementScore score(UUID person) {
        return dashboards.user(event.id(), person).orElseThrow().engagementScore();
    }

    /** The scores in the All users grid sorted by score, highest first. */
    private List<Integer> scoresInAllUsers() {
        List<UUID> page = peopleByScore();
        Map<UUID, Integer> scores = people.engagementScores(event.id(), page);
        return page.stream().map(scores::get).toList();
    }

    private List<UUID> peopleByScore() {
        return people.page(event.id(), PeopleFilter.EVERYONE, PeopleSort.ENGAGEMENT_SCORE, true, 0, 10).stream()
                .map(Registration::id).toList();
    }
}
