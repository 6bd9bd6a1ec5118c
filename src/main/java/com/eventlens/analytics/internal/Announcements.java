package com.eventlens.analytics.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.eventlens.people.AttendanceReached;
import com.eventlens.people.EngagementScoresChanged;

/**
 * Tells the people module what a fold, a rebuild or a recomputation changed, in the transaction that changed it:
 * whose viewing reached the attendance threshold ({@link AttendanceReached}, which the registry delivers after the
 * commit) and whose score changed as screens show it ({@link EngagementScoresChanged}, which the people module keeps
 * in this very transaction). Large changes go out in parts, so that no publication holds a whole event.
 */
@Component
class Announcements {

    static final int PEOPLE_PER_EVENT = 2_000;

    private final ApplicationEventPublisher events;

    Announcements(ApplicationEventPublisher events) {
        this.events = events;
    }

    void announce(UUID eventId, EngagementFold.Changes changes) {
        for (List<UUID> part : parts(changes.reachedAttendance())) {
            events.publishEvent(new AttendanceReached(eventId, part));
        }
        for (List<EngagementScoresChanged.Score> part : parts(changes.scores())) {
            events.publishEvent(new EngagementScoresChanged(eventId, part));
        }
    }

    private static <T> List<List<T>> parts(List<T> all) {
        List<List<T>> parts = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += PEOPLE_PER_EVENT) {
            parts.add(all.subList(from, Math.min(all.size(), from + PEOPLE_PER_EVENT)));
        }
        return parts;
    }
}
