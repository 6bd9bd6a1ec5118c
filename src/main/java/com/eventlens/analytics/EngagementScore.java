package com.eventlens.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A person's engagement score with its explanation (SPEC.md §3): every component's value, cap, weight and the points
 * it earned. The score is the sum of the points, 0–100, in full precision; screens show whole points.
 */
public record EngagementScore(double score, EngagementBand band, List<Component> components) {

    /** One line of the explanation: {@code points = weight × min(1, value ÷ cap)}. */
    public record Component(String name, double value, double cap, int weight, double points) {
    }

    /** The score of these component values under these settings; a missing value counts as 0. */
    public static EngagementScore of(EngagementSettings settings, Map<EngagementComponent, Double> values) {
        List<Component> components = new ArrayList<>();
        double score = 0;
        for (EngagementComponent component : EngagementComponent.values()) {
            EngagementSettings.Weighting weighting = settings.weighting(component);
            double value = values.getOrDefault(component, 0.0);
            double points = weighting.weight() * Math.min(1, value / weighting.cap());
            components.add(new Component(component.key(), value, weighting.cap(), weighting.weight(), points));
            // In the table's order, one addition at a time: the order in which the stored scores are added in SQL.
            score += points;
        }
        return new EngagementScore(score, EngagementBand.of(score), List.copyOf(components));
    }

    /** Whole points as screens show them: truncated, so that a score shown as 70 is always Hot. */
    public static int shown(double score) {
        return (int) Math.floor(score);
    }
}
