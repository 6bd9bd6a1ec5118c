package com.eventlens.analytics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nine components of the engagement score (SPEC.md §3), in the order of its table, with the weight and cap an
 * event starts with. A component earns {@code weight × min(1, value ÷ cap)} points; the weights sum to 100.
 */
public enum EngagementComponent {
    VIEWING("viewing", "Minutes viewed", "Live and recording minutes of the sessions", 60, 35),
    ON_DEMAND("onDemand", "On-demand minutes", "Minutes of on-demand content", 30, 10),
    LIVE_ENGAGEMENT("liveEngagement", "Live engagement", "Average live engagement rate (0 without live viewing)", 1,
            15),
    REACTIONS("reactions", "Reactions", "Reactions sent", 10, 5),
    CHAT("chat", "Chat messages", "Chat messages sent", 5, 10),
    POLLS("polls", "Poll responses", "Distinct polls answered", 3, 10),
    QA("qa", "Q&A threads", "Q&A threads created", 2, 5),
    DOWNLOADS("downloads", "Attachments", "Distinct attachments downloaded", 3, 10),
    RAISED_HANDS("raisedHands", "Raised hands", "Hands raised", 2, 0);

    private final String key;
    private final String label;
    private final String value;
    private final double defaultCap;
    private final int defaultWeight;

    EngagementComponent(String key, String label, String value, double defaultCap, int defaultWeight) {
        this.key = key;
        this.label = label;
        this.value = value;
        this.defaultCap = defaultCap;
        this.defaultWeight = defaultWeight;
    }

    /** The component's name in JSON ({@code viewing}, {@code onDemand}, …). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** What the component's value counts, in a manager's words. */
    public String valueDescription() {
        return value;
    }

    public double defaultCap() {
        return defaultCap;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    public static Optional<EngagementComponent> ofKey(String key) {
        return Arrays.stream(values()).filter(component -> component.key.equals(key)).findFirst();
    }
}
