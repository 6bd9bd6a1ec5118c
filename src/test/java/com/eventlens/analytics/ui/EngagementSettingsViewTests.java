package com.eventlens.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.analytics.EngagementComponent;
import com.eventlens.analytics.EngagementScoring;
import com.eventlens.analytics.EngagementSettings;
import com.eventlens.interactions.Ingest;
import com.eventlens.testing.HandComputedActivity;
import com.eventlens.testing.TestEvent;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;

/**
 * Settings &gt; Engagement as an admin edits it: every invalid value is shown under its field and nothing is saved;
 * a valid change is saved and the person's score on User analytics follows at once.
 */
@SpringBootTest
@WithUserDetails("admin")
class EngagementSettingsViewTests extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    Ingest ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EngagementScoring scoring;

    TestEvent event;

    @BeforeEach
    void fixture() {
        event = TestEvent.create(application);
        HandComputedActivity.record(ingest, jdbc, event);
    }

    @Test
    void invalidValuesAreShownUnderTheirFields_andNothingIsSaved() {
        EngagementSettingsView view = navigate("events/" + event.id() + "/settings/engagement",
                EngagementSettingsView.class);
        assertThat(view.threshold.getValue()).isEqualTo(60);
        assertThat(view.total.getText()).isEqualTo("Weights: 100 of 100");
        view.threshold.setValue(0); // what a person may type; the tester itself keeps to the field's minimum
        test(view.weights.get(EngagementComponent.CHAT)).setValue(20);
        test(view.caps.get(EngagementComponent.POLLS)).setValue(0.0);
        view.caps.get(EngagementComponent.QA).clear();
        assertThat(view.total.getText()).isEqualTo("Weights: 110 of 100 — 10 too many");
        test(view.save).click();

        assertThat(view.caps.get(EngagementComponent.QA).isInvalid()).isTrue();
        assertThat(view.caps.get(EngagementComponent.QA).getErrorMessage()).isEqualTo("Enter a number");
        assertThat(scoring.settings(event.id())).contains(EngagementSettings.defaults());

        view.caps.get(EngagementComponent.QA).setValue(2.0);
        test(view.save).click();
        assertThat(view.threshold.isInvalid()).isTrue();
        assertThat(view.threshold.getErrorMessage()).startsWith("Must be between 1 and 86,400 seconds");
        assertThat(view.caps.get(EngagementComponent.POLLS).getErrorMessage()).startsWith("Must be a number greater than 0");
        assertThat(view.total.getText()).isEqualTo("The weights must add up to 100, they add up to 110.");
        assertThat(scoring.settings(event.id())).contains(EngagementSettings.defaults());
    }

    @Test
    void aSavedChangeIsWhatUserAnalyticsExplains() {
        EngagementSettingsView view = navigate("events/" + event.id() + "/settings/engagement",
                EngagementSettingsView.class);
        test(view.weights.get(EngagementComponent.VIEWING)).setValue(25);
        test(view.weights.get(EngagementComponent.RAISED_HANDS)).setValue(10);
        test(view.save).click();
        EngagementSettings saved = scoring.settings(event.id()).orElseThrow();
        assertThat(saved.weighting(EngagementComponent.VIEWING).weight()).isEqualTo(25);
        assertThat(saved.weighting(EngagementComponent.RAISED_HANDS).weight()).isEqualTo(10);

        UserAnalyticsView ann = navigate("events/" + event.id() + "/users/" + event.ann() + "/analytics",
                UserAnalyticsView.class);
        // Ann: viewing 1 minute (25 × 1/60), live engagement 5/6 (12.5), 2 reactions (1), 1 chat message (2),
        // 2 polls (6.67), 1 Q&A thread (2.5), 2 attachments (6.67), 1 raised hand (10 × 1/2 = 5), on-demand 40 s
        // (10 × (2/3)/30): 32.138… − 35/60 + 25/60 + 5 = 36.97…
        double expected = 25 / 60.0 + 10 * (40 / 60.0) / 30 + 12.5 + 1 + 2 + 10 * 2 / 3.0 + 2.5 + 10 * 2 / 3.0 + 5;
        assertThat($(Span.class, ann.score).all().stream().map(Span::getText))
                .contains(String.valueOf((int) Math.floor(expected)), "Cold");
        assertThat(test(ann.score.components).getCellText(8, 3)).as("the raised hands' weight").isEqualTo("10");
        assertThat(test(ann.score.components).getCellText(8,
                ann.score.components.getColumns().stream().filter(column -> column.isVisible()).toList()
                        .indexOf(ann.score.components.getColumnByKey("points")))).isEqualTo("5.0");
    }
}
