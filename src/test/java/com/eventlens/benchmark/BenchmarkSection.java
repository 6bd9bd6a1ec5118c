package com.eventlens.benchmark;

/**
 * One part of the benchmark (ingest now; people search, dashboards and PDFs later). It runs against the
 * started application and the large event, and writes its figures into its own report section.
 */
interface BenchmarkSection {

    /** Short name, also the report file's name: {@code target/benchmark/<name>.txt}. */
    String name();

    String title();

    void run(BenchmarkApp app, LargeEvent event, BenchmarkSettings settings, Report.Section out) throws Exception;
}
