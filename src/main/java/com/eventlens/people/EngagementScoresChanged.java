package com.eventlens.people;

import java.util.List;
import java.util.UUID;

/**
 * The engagement scores of some of an event's people changed, in whole points (0–100, truncated) as screens show
 * them: the All users grid keeps them to sort by. Published by the analytics module in the transaction that
 * computed them (a fold, a rebuild, a recomputation after new settings), so the copy follows the scores exactly.
 */
public record EngagementScoresChanged(UUID eventId, List<Score> scores) {

    public record Score(UUID personId, int score) {
    }

    public EngagementScoresChanged {
        scores = List.copyOf(scores);
    }
}
