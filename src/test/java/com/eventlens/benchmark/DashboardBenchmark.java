package com.eventlens.benchmark;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.eventlens.analytics.Breakdown;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.PageRequest;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.shared.security.ConsoleRole;
import com.eventlens.shared.security.ConsoleUser;

/**
 * Dashboards (SPEC.md §5: a user's dashboard data and a session's attendee page, each &lt; 50 ms p95). One
 * session gets a live view from every registered person through the ingest path, during the session as a player
 * would send it, so that it has as many attendees as the event has registrations; then the read model is timed as
 * the views and the JSON API call it, as an admin, in-process (HTTP and password hashing would measure something
 * else).
 */
final class DashboardBenchmark implements BenchmarkSection {

    static final int WARM_UP = 50;
    static final int TIMES = 500;
    static final int PAGE = 50;

    @Override
    public String name() {
        return "dashboards";
    }

    @Override
    public String title() {
        return "Dashboards: one user's dashboard data, a session's attendee page, the event analytics page";
    }

    @Override
    public void run(BenchmarkApp app, LargeEvent event, BenchmarkSettings settings, Report.Section out) throws Exception {
        UUID crowded = event.sessions[0];
        long started = System.nanoTime();
        Ingest ingest = app.bean(Ingest.class);
        Random random = new Random(settings.seed());
        List<NewInteraction> batch = new ArrayList<>(Ingest.MAX_BATCH);
        for (UUID person : event.people) {
            // Within the session, like every generated live beacon: a beacon stamped "now" would stretch the event's
            // live-viewers series (first to last live beacon, SPEC §3) from the event's day to today.
            Instant during = event.sessionStarts[0].plusSeconds(random.nextInt(LargeEvent.SESSION_SECONDS));
            batch.add(new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, person, during, crowded, null,
                    ViewMode.LIVE, 1 + random.nextInt(60), null, random.nextBoolean(), null, null));
            if (batch.size() == Ingest.MAX_BATCH) {
                ingest.record(event.id, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            ingest.record(event.id, batch);
        }
        long attendees;
        try (Connection db = app.connect()) {
            while (!caughtUp(db, event.id)) {
                Thread.sleep(20);
            }
            attendees = Sql.single(db, "select attendees from session_stats where event_id = ? and session_id = ?",
                    event.id, crowded);
        }
        out.row("Session with every registration attending", String.format("%,d attendees", attendees),
                String.format("one live beacon each through Ingest, folded in %,d ms", (System.nanoTime() - started) / 1_000_000));

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new ConsoleUser("benchmark", "Benchmark", "", ConsoleRole.ADMIN, ""), null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(ConsoleRole.ADMIN.authority()))));
        Dashboards dashboards = app.bean(Dashboards.class);

        Latencies users = Latencies.measure(WARM_UP, TIMES, () ->
                dashboards.user(event.id, event.people[random.nextInt(event.people.length)]).orElseThrow());
        out.row("User dashboard data p50", Latencies.millis(users.percentile(0.50)),
                TIMES + " random people: profile, KPIs, sessions, attachments, on-demand (the JSON and PDF read this)");
        out.row("User dashboard data p95", Latencies.millis(users.percentile(0.95)), "SPEC target < 50 ms");

        Latencies firstPage = Latencies.measure(WARM_UP, TIMES, () -> dashboards.session(event.id, crowded,
                new PageRequest(0, PAGE, "secondsViewed", true)).orElseThrow());
        out.row("Attendee page p50 (first 50 by minutes)", Latencies.millis(firstPage.percentile(0.50)),
                String.format("%,d attendees, sorted by minutes viewed in SQL, with the session's KPIs", attendees));
        out.row("Attendee page p95 (first 50 by minutes)", Latencies.millis(firstPage.percentile(0.95)), "SPEC target < 50 ms");

        Latencies anyPage = Latencies.measure(WARM_UP, TIMES, () -> dashboards.session(event.id, crowded,
                new PageRequest((long) random.nextInt((int) Math.max(1, attendees / PAGE)) * PAGE, PAGE,
                        "secondsViewed", true)).orElseThrow());
        out.row("Attendee page p50 (random page)", Latencies.millis(anyPage.percentile(0.50)),
                "any page of the same sort (deep offsets included)");
        out.row("Attendee page p95 (random page)", Latencies.millis(anyPage.percentile(0.95)), null);

        // The Event analytics page (SPEC.md §5: its data < 50 ms p95, a breakdown < 200 ms), and its chart's series.
        Latencies eventData = Latencies.measure(WARM_UP, TIMES, () -> dashboards.event(event.id).orElseThrow());
        out.row("Event analytics data p50", Latencies.millis(eventData.percentile(0.50)), String.format(
                "%,d registrations: funnel, totals, peak, sessions and videos ranked, bands, the 10 most engaged",
                event.people.length));
        out.row("Event analytics data p95", Latencies.millis(eventData.percentile(0.95)), "SPEC target < 50 ms");
        for (Breakdown.By by : List.of(Breakdown.By.COMPANY, Breakdown.By.ROLE)) {
            Latencies breakdown = Latencies.measure(5, 50, () -> dashboards.breakdown(event.id, by).orElseThrow());
            out.row("Breakdown by " + by.key() + " p50 / p95", Latencies.millis(breakdown.percentile(0.50)) + " / "
                    + Latencies.millis(breakdown.percentile(0.95)), "over every attendee; SPEC target < 200 ms");
        }
        for (int interval : new int[] {1, 5, 15, 60}) {
            Latencies series = Latencies.measure(WARM_UP, TIMES, () -> dashboards.liveViewers(event.id, null, interval)
                    .orElseThrow());
            out.row("Live viewers, every " + interval + " min, p50 / p95", Latencies.millis(series.percentile(0.50))
                    + " / " + Latencies.millis(series.percentile(0.95)), String.format("%,d points, the whole event; "
                    + "SPEC target < 50 ms", dashboards.liveViewers(event.id, null, interval).orElseThrow().points().size()));
        }
        Latencies sessionSeries = Latencies.measure(WARM_UP, TIMES, () -> dashboards.liveViewers(event.id, crowded, 1)
                .orElseThrow());
        out.row("Live viewers of the crowded session, every minute, p50 / p95",
                Latencies.millis(sessionSeries.percentile(0.50)) + " / " + Latencies.millis(sessionSeries.percentile(0.95)),
                String.format("%,d points", dashboards.liveViewers(event.id, crowded, 1).orElseThrow().points().size()));
        SecurityContextHolder.clearContext();
    }

    private static boolean caughtUp(Connection db, UUID eventId) throws Exception {
        return Sql.single(db, "select count(distinct batch_id) from interaction where event_id = ?", eventId)
                == Sql.single(db, "select count(*) from analytics_applied_batch where event_id = ?", eventId);
    }
}
