package com.eventlens.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.eventlens.people.EngagementScoresChanged;
import com.eventlens.people.PeopleRegistered;
import com.eventlens.people.PersonRegistered;

/**
 * Every registration's engagement score ({@code person_engagement}), for the All users grid to show and sort by.
 * A registration starts at 0, in the transaction that registers it; the analytics module's
 * {@link EngagementScoresChanged} moves it, heard in the transaction that computed the scores (a plain listener, as
 * the interactions module keeps its references): the copy never lags a fold and never goes back to an older score,
 * since the folds of an event take turns. Set-based upserts by id: SQL is the tool.
 */
@Repository
class EngagementScores {

    private final JdbcClient jdbc;

    EngagementScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonRegistered registered) {
        startAtZero(registered.eventId(), List.of(registered.personId()));
    }

    @EventListener
    void on(PeopleRegistered registered) {
        startAtZero(registered.eventId(), registered.personIds());
    }

    @EventListener
    void on(EngagementScoresChanged changed) {
        jdbc.sql("""
                        insert into person_engagement (event_id, person_id, score)
                        select ?, s.person_id, s.score from unnest(?::uuid[], ?::int[]) as s (person_id, score)
                        on conflict (event_id, person_id) do update set score = excluded.score""")
                .param(changed.eventId())
                .param(changed.scores().stream().map(EngagementScoresChanged.Score::personId).toArray(UUID[]::new))
                .param(changed.scores().stream().map(EngagementScoresChanged.Score::score).toArray(Integer[]::new))
                .update();
    }

    /** The scores of these people of the event, 0 for anyone without one. */
    Map<UUID, Integer> of(UUID eventId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select person_id, score from person_engagement where event_id = ? and person_id = any (?)")
                .param(eventId)
                .param(personIds.toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Keeps a score a person already has (registered again under the same id after a removal). */
    private void startAtZero(UUID eventId, Collection<UUID> personIds) {
        jdbc.sql("""
                        insert into person_engagement (event_id, person_id)
                        select ?, unnest(?::uuid[]) on conflict do nothing""")
                .param(eventId)
                .param(personIds.toArray(UUID[]::new))
                .update();
    }
}
