package com.eventlens.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The attendees grouped by one field of their profile (SPEC.md §3 "Breakdown row"): a person with several roles is in
 * each role's row; people without a value (or whose registration was removed) share one row whose value is
 * {@code null}. Rows with the most attendees first.
 */
public record Breakdown(By by, List<Row> rows) {

    /** What to group by; {@code key} is the API's {@code by} parameter. */
    public enum By {
        COMPANY("company", "Company"),
        COUNTRY("country", "Country"),
        INDUSTRY("industry", "Industry"),
        ROLE("role", "Event role");

        private final String key;
        private final String label;

        By(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public static Optional<By> ofKey(String key) {
            return Arrays.stream(values()).filter(by -> by.key.equals(key)).findFirst();
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return key;
        }
    }

    /**
     * @param value                  the company, country code, industry or role code; {@code null} for no value
     * @param liveEngagementRate     their engaged live seconds ÷ their live seconds, {@code null} without live viewing
     * @param averageEngagementScore the mean of their scores
     */
    public record Row(String value, long attendees, long totalSecondsViewed, Double liveEngagementRate,
                      double averageEngagementScore) {
    }

    public Breakdown {
        rows = List.copyOf(rows);
    }
}
