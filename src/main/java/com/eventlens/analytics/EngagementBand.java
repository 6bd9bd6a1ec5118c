package com.eventlens.analytics;

/** Where an engagement score falls: Hot from 70, Warm from 40, Cold below (SPEC.md §3). */
public enum EngagementBand {
    HOT("Hot"),
    WARM("Warm"),
    COLD("Cold");

    public static final double HOT_FROM = 70;
    public static final double WARM_FROM = 40;

    private final String label;

    EngagementBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EngagementBand of(double score) {
        return score >= HOT_FROM ? HOT : score >= WARM_FROM ? WARM : COLD;
    }
}
