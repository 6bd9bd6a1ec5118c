package com.eventlens.analytics;

import java.util.List;
import java.util.stream.Collectors;

/** Engagement settings that cannot be saved, with every problem; nothing was changed. */
public class InvalidEngagementSettings extends RuntimeException {

    private final List<EngagementSettings.Problem> problems;

    public InvalidEngagementSettings(List<EngagementSettings.Problem> problems) {
        super(problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<EngagementSettings.Problem> problems() {
        return problems;
    }
}
