package com.eventlens.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * A small activity of a {@link TestEvent} whose every metric was computed by hand (AnalyticsApiTests and
 * ReportTests pin them through the JSON and the PDF):
 *
 * <pre>
 * Ann  keynote: live 30 s (20 engaged), recording 20 s, 2 reactions (+1 re-delivered), 1 chat, polls P1 twice + P2,
 *               logo twice + guide
 *      panel:   live 10 s engaged, 1 raised hand, 1 Q&amp;A thread
 *      video (95 s): slots 0, 1, 0 again, 8 and 9 → 4 slots, 40 s
 * Bob  keynote: live 10 s not engaged; panel: downloads the slides; video: 0–60 and 50–110 → slots 0..10, 120 s
 * Cem  keynote: live 10 s engaged (late data)
 * </pre>
 */
public final class HandComputedActivity {

    private final TestEvent event;

    private HandComputedActivity(TestEvent event) {
        this.event = event;
    }

    /** Sends the activity through the ingest path and waits until the rollups have folded it. */
    public static void record(Ingest ingest, JdbcClient jdbc, TestEvent event) {
        HandComputedActivity a = new HandComputedActivity(event);
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        NewInteraction reaction = a.other(InteractionType.REACTION, event.ann(), event.keynote());
        ingest.record(event.id(), List.of(
                a.live(event.ann(), event.keynote(), true), a.live(event.ann(), event.keynote(), true),
                a.live(event.ann(), event.keynote(), false), a.live(event.ann(), event.panel(), true),
                a.recording(event.ann(), 0), a.recording(event.ann(), 10),
                reaction, a.other(InteractionType.REACTION, event.ann(), event.keynote()),
                a.other(InteractionType.CHAT_MESSAGE, event.ann(), event.keynote()),
                a.poll(event.ann(), p1), a.poll(event.ann(), p1), a.poll(event.ann(), p2),
                a.download(event.ann(), event.logo()), a.download(event.ann(), event.logo()),
                a.download(event.ann(), event.guide()),
                a.other(InteractionType.RAISED_HAND, event.ann(), event.panel()),
                a.other(InteractionType.QA_THREAD, event.ann(), event.panel()),
                a.onDemand(event.ann(), 0, 10), a.onDemand(event.ann(), 10, 10), a.onDemand(event.ann(), 0, 10),
                a.onDemand(event.ann(), 85, 10)));
        ingest.record(event.id(), List.of(a.live(event.bob(), event.keynote(), false),
                a.download(event.bob(), event.slides()), a.onDemand(event.bob(), 0, 60), a.onDemand(event.bob(), 50, 60),
                reaction));
        ingest.record(event.id(), List.of(a.live(event.cem(), event.keynote(), true)));
        Rollups.awaitApplied(jdbc, event.id());
    }

    /** Ten seconds of live viewing of a session. */
    public static NewInteraction live(UUID user, UUID session, boolean engaged) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, TestEvent.START, session, null,
                ViewMode.LIVE, 10, null, engaged, null, null);
    }

    private NewInteraction recording(UUID user, int position) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, TestEvent.START, event.keynote(), null,
                ViewMode.RECORDING, 10, position, null, null, null);
    }

    private NewInteraction onDemand(UUID user, int position, int seconds) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, user, TestEvent.START, null, event.video(),
                ViewMode.ON_DEMAND, seconds, position, null, null, null);
    }

    private NewInteraction poll(UUID user, UUID poll) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.POLL_ANSWER, user, TestEvent.START, event.keynote(),
                null, null, null, null, null, poll, null);
    }

    private NewInteraction download(UUID user, UUID attachment) {
        return new NewInteraction(UUID.randomUUID(), InteractionType.ATTACHMENT_DOWNLOAD, user, TestEvent.START, null,
                null, null, null, null, null, null, attachment);
    }

    private NewInteraction other(InteractionType type, UUID user, UUID session) {
        return new NewInteraction(UUID.randomUUID(), type, user, Instant.parse("2022-02-02T15:10:00Z"), session, null,
                null, null, null, null, null, null);
    }
}
