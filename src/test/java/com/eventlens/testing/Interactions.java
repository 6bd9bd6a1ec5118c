package com.eventlens.testing;

import java.time.Instant;
import java.util.UUID;

import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;

/** Interactions of a {@link TestEvent}, each with a fresh id, as a player would report them. */
public final class Interactions {

    private final TestEvent event;

    public Interactions(TestEvent event) {
        this.event = event;
    }

    /** A live beacon of {@code seconds} in a session. */
    public NewInteraction live(UUID user, UUID session, int seconds, boolean engaged) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, TestEvent.START, session, null,
                ViewMode.LIVE, seconds, null, engaged, null, null);
    }

    /** A live beacon of {@code seconds} in a session, reported at {@code at}. */
    public NewInteraction liveAt(UUID user, UUID session, Instant at, int seconds, boolean engaged) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, at, session, null, ViewMode.LIVE,
                seconds, null, engaged, null, null);
    }

    /** A 10-second beacon of the keynote's recording at {@code position}. */
    public NewInteraction recording(UUID user, int position) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, TestEvent.START.plusSeconds(7200),
                event.keynote(), null, ViewMode.RECORDING, 10, position, null, null, null);
    }

    /** A beacon of the on-demand video covering [position, position + seconds). */
    public NewInteraction onDemand(UUID user, int position, int seconds) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, TestEvent.START.plusSeconds(9000),
                null, event.video(), ViewMode.ON_DEMAND, seconds, position, null, null, null);
    }

    public NewInteraction poll(UUID user, UUID poll) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.POLL_ANSWER, user, TestEvent.START,
                event.keynote(), null, null, null, null, null, poll, null);
    }

    public NewInteraction download(UUID user, UUID attachment) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.ATTACHMENT_DOWNLOAD, user, TestEvent.START, null,
                null, null, null, null, null, null, attachment);
    }

    /** A reaction, chat message, Q&A thread or raised hand in a session. */
    public NewInteraction other(InteractionType type, UUID user, UUID session) {
        return new NewInteraction(UUID.randomUUID(), type, user, Instant.parse("2022-02-02T15:10:00Z"), session, null,
                null, null, null, null, null, null);
    }
}
