package com.eventlens.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.eventlens.analytics.PdfReport;
import com.eventlens.analytics.Reports;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.shared.security.ConsoleRole;
import com.eventlens.shared.security.ConsoleUser;

/**
 * SPEC.md §5 "a user PDF in < 300 ms": the time to produce a PDF report, measured in-process through the
 * analytics module's {@code Reports} facade (read the numbers, fill the template, export the PDF into a counting
 * sink) as a signed-in admin; HTTP and the browser's download are not included. Then one session report of at
 * least 10,000 attendees (the session gets that many viewers through the ingest path first), which runs over
 * hundreds of pages, fetched 500 rows at a time and swapped to disk while it fills.
 */
final class ReportBenchmark implements BenchmarkSection {

    static final int WARM_UP = 30;
    static final int TIMED = 200;
    static final int LARGE_SESSION = 10_000;
    static final int LARGE_RUNS = 3;

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public String title() {
        return "Reports — user and session PDFs (Reports facade, in-process)";
    }

    @Override
    public void run(BenchmarkApp app, LargeEvent event, BenchmarkSettings settings, Report.Section out)
            throws Exception {
        Reports reports = app.bean(Reports.class);
        SecurityContextHolder.getContext().setAuthentication(admin());
        try {
            users(reports, event, settings, out);
            largeSession(app, reports, event, out);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void users(Reports reports, LargeEvent event, BenchmarkSettings settings, Report.Section out)
            throws IOException {
        SplittableRandom random = new SplittableRandom(settings.seed() + 7);
        for (int i = 0; i < WARM_UP; i++) {
            render(reports.user(event.id, event.people[random.nextInt(event.attendees)]).orElseThrow());
        }
        long[] times = new long[TIMED];
        long bytes = 0;
        int pages = 0;
        for (int i = 0; i < TIMED; i++) {
            UUID person = event.people[random.nextInt(event.attendees)];
            long started = System.nanoTime();
            Rendered rendered = render(reports.user(event.id, person).orElseThrow());
            times[i] = System.nanoTime() - started;
            bytes += rendered.bytes;
            pages = Math.max(pages, rendered.pages);
        }
        Arrays.sort(times);
        out.row("User PDF p50", millis(percentile(times, 0.50)), String.format("%d reports of random attendees, "
                + "warm (%d before the clock); read + fill + export", TIMED, WARM_UP));
        out.row("User PDF p95", millis(percentile(times, 0.95)), "SPEC target < 300 ms");
        out.row("User PDF max", millis(times[times.length - 1]), null);
        out.row("User PDF size", String.format("%,d bytes avg", bytes / TIMED),
                "fonts embedded as subsets; up to " + pages + " pages");
        Benchmark.log("User PDFs: p50 %s, p95 %s", millis(percentile(times, 0.50)), millis(percentile(times, 0.95)));
    }

    private static void largeSession(BenchmarkApp app, Reports reports, LargeEvent event, Report.Section out)
            throws Exception {
        UUID session = event.sessions[event.sessions.length - 1];
        int viewers = Math.min(LARGE_SESSION, event.people.length);
        long before = attendees(app, event.id, session);
        if (before < viewers) {
            long folded = applied(app, event.id);
            Ingest ingest = app.bean(Ingest.class);
            List<NewInteraction> batch = new ArrayList<>();
            int batches = 0;
            for (int p = 0; p < viewers; p++) {
                batch.add(new NewInteraction(UUID.randomUUID(), InteractionType.VIEW, event.people[p],
                        event.sessionStarts[event.sessions.length - 1], session, null, ViewMode.LIVE, 10, null,
                        p % 3 != 0, null, null));
                if (batch.size() == Ingest.MAX_BATCH || p == viewers - 1) {
                    ingest.record(event.id, batch);
                    batch = new ArrayList<>();
                    batches++;
                }
            }
            awaitApplied(app, event.id, folded + batches);
        }
        long rows = attendees(app, event.id, session);
        Benchmark.log("Session report of %,d attendees", rows);
        long[] times = new long[LARGE_RUNS];
        Rendered rendered = null;
        long heapBefore = usedHeap();
        for (int i = 0; i < LARGE_RUNS; i++) {
            long started = System.nanoTime();
            rendered = render(reports.session(event.id, session).orElseThrow());
            times[i] = System.nanoTime() - started;
            Benchmark.log("  run %d: %,d ms, %,d pages", i + 1, times[i] / 1_000_000, rendered.pages);
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        out.row("Session PDF, " + String.format("%,d", rows) + " attendees", millis(sorted[LARGE_RUNS / 2]),
                String.format("median of %d runs (%s); %,d pages, %,d bytes", LARGE_RUNS,
                        String.join(", ", Arrays.stream(times).mapToObj(ReportBenchmark::millis).toList()),
                        rendered.pages, rendered.bytes));
        out.row("Heap used after the session PDFs", String.format("%+,d MB", (usedHeap() - heapBefore) >> 20),
                "vs. before them (no GC forced); filled pages go to a swap file, 8 kept in memory");
    }

    private static Rendered render(PdfReport report) throws IOException {
        Counting sink = new Counting();
        report.writeTo(sink);
        return new Rendered(sink.bytes, sink.pages);
    }

    private record Rendered(long bytes, int pages) {
    }

    /** Counts the bytes of the PDF and its page objects ("/Type/Page" not followed by "s"), keeps nothing. */
    private static final class Counting extends OutputStream {
        private static final byte[] PAGE = "/Type/Page".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long bytes;
        int pages;
        private int matched;
        private boolean pending;

        @Override
        public void write(int b) {
            bytes++;
            if (pending) {
                pending = false;
                if (b != 's') {
                    pages++;
                }
            }
            if (b == PAGE[matched]) {
                matched++;
                if (matched == PAGE.length) {
                    pending = true;
                    matched = 0;
                }
            } else {
                matched = b == PAGE[0] ? 1 : 0;
            }
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }
    }

    private static UsernamePasswordAuthenticationToken admin() {
        ConsoleUser user = new ConsoleUser("benchmark", "Benchmark", "benchmark@bench.example", ConsoleRole.ADMIN, "");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private static long attendees(BenchmarkApp app, UUID eventId, UUID session) throws Exception {
        return single(app, "select count(*) from user_session_stats where event_id = ? and session_id = ?", eventId,
                session);
    }

    private static long applied(BenchmarkApp app, UUID eventId) throws Exception {
        return single(app, "select count(*) from analytics_applied_batch where event_id = ?", eventId);
    }

    private static void awaitApplied(BenchmarkApp app, UUID eventId, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (applied(app, eventId) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The rollups did not fold the session's views within 10 minutes");
            }
            Thread.sleep(50);
        }
    }

    private static long single(BenchmarkApp app, String sql, Object... params) throws Exception {
        try (Connection db = app.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String millis(long nanos) {
        return String.format("%,.1f ms", nanos / 1e6);
    }
}
