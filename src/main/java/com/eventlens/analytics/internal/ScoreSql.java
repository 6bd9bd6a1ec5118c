package com.eventlens.analytics.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.analytics.EngagementComponent;
import com.eventlens.analytics.EngagementScore;
import com.eventlens.analytics.EngagementSettings;

/**
 * The engagement score of SPEC.md §3 in SQL, over the columns of {@code user_event_stats}, for the statements that
 * store it set-based (a fold, a recomputation after new settings). The same components, in the same order, as
 * {@link EngagementScore#of}, which explains a person's score on their page; every value is a float8, as Java's
 * doubles are.
 */
final class ScoreSql {

    /** Each component's value, over a row aliased {@code n}. */
    private static final Map<EngagementComponent, String> VALUES = new EnumMap<>(Map.of(
            EngagementComponent.VIEWING, "(n.live_seconds + n.recording_seconds)::float8 / 60",
            EngagementComponent.ON_DEMAND, "n.on_demand_seconds::float8 / 60",
            EngagementComponent.LIVE_ENGAGEMENT,
            "coalesce(n.live_engagement_sum::float8 / nullif(n.live_sessions, 0), 0)",
            EngagementComponent.REACTIONS, "n.reactions::float8",
            EngagementComponent.CHAT, "n.chat_messages::float8",
            EngagementComponent.POLLS, "n.polls_answered::float8",
            EngagementComponent.QA, "n.qa_threads::float8",
            EngagementComponent.DOWNLOADS, "n.attachments_downloaded::float8",
            EngagementComponent.RAISED_HANDS, "n.raised_hands::float8"));

    /** Σ weight × least(1, value ÷ cap), added in the table's order; parameters {@code :w_…} and {@code :cap_…}. */
    static final String SCORE = Stream.of(EngagementComponent.values())
            .map(c -> ":w_" + c.key() + " * least(1, " + VALUES.get(c) + " / :cap_" + c.key() + ")")
            .collect(Collectors.joining(" + ", "(0::float8 + ", ")"));

    /** Whole points as screens show them (truncated: see {@link EngagementScore#shown}). */
    static final String SHOWN = "floor(%s)::int";

    private ScoreSql() {
    }

    /** Binds the settings' weights and caps (as doubles) to {@link #SCORE}'s parameters. */
    static JdbcClient.StatementSpec weighted(JdbcClient.StatementSpec statement, EngagementSettings settings) {
        for (EngagementComponent component : EngagementComponent.values()) {
            EngagementSettings.Weighting weighting = settings.weighting(component);
            statement = statement.param("w_" + component.key(), (double) weighting.weight())
                    .param("cap_" + component.key(), weighting.cap());
        }
        return statement;
    }
}
