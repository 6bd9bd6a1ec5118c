package com.eventlens.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The project's benchmark (SPEC.md §5). Not a test: it lives under src/test only so that it never ships, and
 * runs with {@code ./mvnw -Pbenchmark verify} (see docs/benchmark.md for the parameters). It starts the
 * application on a throw-away embedded PostgreSQL, builds one large event, runs each {@link BenchmarkSection}
 * against it, prints the report and writes it to {@code target/benchmark/<section>.txt}.
 */
public final class Benchmark {

    /** The sections in the order they run: scale first, so that the others measure at its size. */
    private static final List<BenchmarkSection> SECTIONS = List.of(new ScaleBenchmark(), new IngestBenchmark(),
            new RebuildBenchmark(), new RecoveryBenchmark(), new DashboardBenchmark(), new ReportBenchmark(),
            new PeopleBenchmark(), new ClusterBenchmark());

    private Benchmark() {
    }

    public static void main(String[] args) {
        int exit = 0;
        try {
            run(BenchmarkSettings.fromSystemProperties());
        } catch (Throwable failure) {
            System.err.println("The benchmark failed:");
            failure.printStackTrace();
            exit = 1;
        }
        // Also stops the embedded PostgreSQL (a shutdown handler) and any threads left behind.
        System.exit(exit);
    }

    private static void run(BenchmarkSettings settings) throws Exception {
        log(settings.describe());
        Report report = new Report();
        long started = System.nanoTime();
        try (BenchmarkApp app = BenchmarkApp.start()) {
            log("Application started in %,d ms", (System.nanoTime() - started) / 1_000_000);
            LargeEvent event = LargeEvent.create(app, settings);
            log("Event %s: %d sessions, %d videos, %d attachments via the facades in %,d ms; %,d registrations "
                            + "by COPY (announced to the modules) in %,d ms", event.id, event.sessions.length, event.videos.length,
                    event.attachments.length, event.timings.facadesMillis(), event.people.length,
                    event.timings.registrationsMillis());

            header(report, app, settings, event);
            for (BenchmarkSection section : SECTIONS) {
                if (!settings.runs(section.name())) {
                    continue;
                }
                log("Section %s", section.name());
                section.run(app, event, settings, report.section(section.name(), section.title()));
            }
        }
        System.out.println();
        System.out.println(report.render());
        for (Path file : report.write(settings.output())) {
            log("Report written to %s", file.toAbsolutePath());
        }
    }

    private static void header(Report report, BenchmarkApp app, BenchmarkSettings settings, LargeEvent event)
            throws Exception {
        Runtime runtime = Runtime.getRuntime();
        Map<String, String> database = app.databaseSettings();
        report.header("Eventlens benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        report.header(settings.describe());
        report.header(String.format("Machine: %d cores (as the JVM sees them), %s %s; JVM %s, max heap %,d MB; "
                        + "load average at start %.2f", runtime.availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), runtime.maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.header("Database: embedded PostgreSQL " + database.remove("server_version") + " (zonky, same JVM host), "
                + database.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        report.header(String.format("Application: Hikari pool of %d connections; client, application and database "
                + "share the machine", app.poolSize()));
        report.header(String.format("Set-up: event, sessions, videos, attachments via the facades in %,d ms; "
                        + "%,d registrations by COPY (announced to the modules) in %,d ms", event.timings.facadesMillis(), event.people.length,
                event.timings.registrationsMillis()));
    }

    static void log(String format, Object... args) {
        System.out.println("[benchmark " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] "
                + String.format(format, args));
    }
}
