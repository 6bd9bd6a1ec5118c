package com.eventlens.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An event's Settings &gt; Engagement (SPEC.md §3): when a person counts as attended, and how the engagement score
 * weighs its components. Holds any values; {@link #problems()} says what is wrong with them.
 *
 * @param attendanceThresholdSeconds live + recording seconds from which an Invited or Registered person is Attended
 * @param components every component's weight (whole points) and cap
 */
public record EngagementSettings(int attendanceThresholdSeconds, Map<EngagementComponent, Weighting> components) {

    public static final int DEFAULT_ATTENDANCE_THRESHOLD_SECONDS = 60;
    public static final int MAX_ATTENDANCE_THRESHOLD_SECONDS = 86_400;
    public static final int WEIGHT_TOTAL = 100;

    /** How much a component counts: {@code weight × min(1, value ÷ cap)} points. */
    public record Weighting(int weight, double cap) {
    }

    /** One thing wrong with the settings; {@code field} is the JSON path, e.g. {@code components.chat.cap}. */
    public record Problem(String field, String message) {
    }

    public EngagementSettings {
        EnumMap<EngagementComponent, Weighting> copy = new EnumMap<>(EngagementComponent.class);
        copy.putAll(components);
        components = Collections.unmodifiableMap(copy);
    }

    /** What an event starts with. */
    public static EngagementSettings defaults() {
        Map<EngagementComponent, Weighting> components = new EnumMap<>(EngagementComponent.class);
        for (EngagementComponent component : EngagementComponent.values()) {
            components.put(component, new Weighting(component.defaultWeight(), component.defaultCap()));
        }
        return new EngagementSettings(DEFAULT_ATTENDANCE_THRESHOLD_SECONDS, components);
    }

    public Weighting weighting(EngagementComponent component) {
        return components.get(component);
    }

    /** Every problem, in the order of the form; empty when the settings may be saved. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (attendanceThresholdSeconds < 1 || attendanceThresholdSeconds > MAX_ATTENDANCE_THRESHOLD_SECONDS) {
            problems.add(new Problem("attendanceThresholdSeconds", "must be between 1 and 86,400 seconds (24 hours), was "
                    + attendanceThresholdSeconds));
        }
        int total = 0;
        for (EngagementComponent component : EngagementComponent.values()) {
            Weighting weighting = components.get(component);
            String field = "components." + component.key();
            if (weighting == null) {
                problems.add(new Problem(field, "is missing: every component needs a weight and a cap"));
                continue;
            }
            if (weighting.weight() < 0 || weighting.weight() > WEIGHT_TOTAL) {
                problems.add(new Problem(field + ".weight", "must be a whole number from 0 to 100, was "
                        + weighting.weight()));
            }
            if (!(weighting.cap() > 0) || Double.isInfinite(weighting.cap())) {
                problems.add(new Problem(field + ".cap", "must be a number greater than 0, was " + weighting.cap()));
            }
            total += weighting.weight();
        }
        if (components.size() == EngagementComponent.values().length && total != WEIGHT_TOTAL) {
            problems.add(new Problem("components", "the weights must add up to 100, they add up to " + total));
        }
        return problems;
    }
}
