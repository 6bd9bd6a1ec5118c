package com.eventlens.testing;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;

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

    private HandComputedActivity() {
    }

    /** Sends the activity through the ingest path and waits until the rollups have folded it. */
    public static void record(Ingest ingest, JdbcClient jdbc, TestEvent event) {
        Interactions a = new Interactions(event);
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        NewInteraction reaction = a.other(InteractionType.REACTION, event.ann(), event.keynote());
        ingest.record(event.id(), List.of(
                a.live(event.ann(), event.keynote(), 10, true), a.live(event.ann(), event.keynote(), 10, true),
                a.live(event.ann(), event.keynote(), 10, false), a.live(event.ann(), event.panel(), 10, true),
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
        ingest.record(event.id(), List.of(a.live(event.bob(), event.keynote(), 10, false),
                a.download(event.bob(), event.slides()), a.onDemand(event.bob(), 0, 60), a.onDemand(event.bob(), 50, 60),
                reaction));
        ingest.record(event.id(), List.of(a.live(event.cem(), event.keynote(), 10, true)));
        Rollups.awaitApplied(jdbc, event.id());
    }
}
