package com.eventlens.benchmark;

import java.nio.file.Path;

/**
 * The benchmark's parameters, read from system properties {@code benchmark.*}. A blank value counts as unset
 * (the Maven profile passes every property, empty unless given on the command line). {@code quick} changes
 * the defaults to a smoke run of a few seconds; explicit values still win.
 *
 * @param interactions  total interactions sent through the ingest API (warm-up batches included)
 * @param batchSize     interactions per request (the API takes 1–5,000; 1,000–5,000 is realistic)
 * @param clients       concurrent client threads, each sending one request at a time
 * @param warmupBatches batches sent one by one before the clock starts (their rollups are awaited too)
 * @param pregenerate   serialise every request body before the clock starts; otherwise each client serialises
 *                      its next batch itself (needed where the bodies do not fit in memory)
 * @param peopleRegistrations registrations of the people section's own event (SPEC §5: the All users page)
 * @param sections      the sections to run, by name ({@code scale}, {@code ingest}, {@code dashboards},
 *                      {@code reports}, {@code people}); empty for all
 * @param scaleInteractions interactions the scale section stores (by COPY) before the others run: SPEC §5's 50 M
 * @param recoveryBatches stored, unfolded batches (of at most 1,000) at the recovery section's kill
 */
record BenchmarkSettings(boolean quick, int registrations, int sessions, int videos, long interactions,
                         int batchSize, int clients, int warmupBatches, long seed, boolean pregenerate,
                         boolean indexedCeiling, Path output, int peopleRegistrations, java.util.Set<String> sections,
                         long scaleInteractions, int recoveryBatches) {

    static BenchmarkSettings fromSystemProperties() {
        boolean quick = bool("benchmark.quick", false);
        int registrations = integer("benchmark.registrations", quick ? 2_000 : 100_000);
        int sessions = integer("benchmark.sessions", quick ? 5 : 20);
        int videos = integer("benchmark.videos", quick ? 5 : 50);
        long interactions = longValue("benchmark.interactions", quick ? 20_000 : 2_000_000);
        int batchSize = integer("benchmark.batchSize", quick ? 1_000 : 2_000);
        int clients = integer("benchmark.clients", quick ? 2 : 4);
        int warmup = integer("benchmark.warmupBatches", quick ? 2 : 10);
        long seed = longValue("benchmark.seed", 20220202L);
        // ~270 bytes of JSON an interaction: 5 million are ~1.4 GB of request bodies.
        boolean pregenerate = bool("benchmark.pregenerate", interactions <= 5_000_000);
        boolean indexedCeiling = bool("benchmark.indexedCeiling", true);
        Path output = Path.of(string("benchmark.output", "target/benchmark"));
        int peopleRegistrations = integer("benchmark.peopleRegistrations", quick ? 20_000 : 1_000_000);
        java.util.Set<String> sections = java.util.Arrays.stream(string("benchmark.sections", "").split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).collect(java.util.stream.Collectors.toSet());
        long scaleInteractions = longValue("benchmark.scaleInteractions", quick ? 200_000 : 50_000_000);
        BenchmarkSettings settings = new BenchmarkSettings(quick, registrations, sessions, videos, interactions,
                batchSize, clients, warmup, seed, pregenerate, indexedCeiling, output, peopleRegistrations, sections,
                scaleInteractions, integer("benchmark.recoveryBatches", quick ? 30 : 250));
        settings.check();
        return settings;
    }

    private void check() {
        require(registrations >= 100, "benchmark.registrations must be at least 100");
        require(sessions >= 2, "benchmark.sessions must be at least 2");
        require(videos >= 1, "benchmark.videos must be at least 1");
        require(batchSize >= 1 && batchSize <= 5_000, "benchmark.batchSize must be 1 to 5000 (the API's limit)");
        require(clients >= 1, "benchmark.clients must be at least 1");
        require(warmupBatches >= 0, "benchmark.warmupBatches must not be negative");
        require(interactions >= (long) batchSize * (warmupBatches + 1),
                "benchmark.interactions must cover the warm-up and at least one timed batch");
        require(interactions / batchSize < Integer.MAX_VALUE, "too many batches");
        require(peopleRegistrations >= 1_000, "benchmark.peopleRegistrations must be at least 1000");
        require(scaleInteractions >= 0, "benchmark.scaleInteractions must not be negative");
        require(recoveryBatches >= 1, "benchmark.recoveryBatches must be at least 1");
    }

    /** Number of requests, the last one possibly smaller. */
    int batches() {
        return (int) ((interactions + batchSize - 1) / batchSize);
    }

    int sizeOf(int batch) {
        long start = (long) batch * batchSize;
        return (int) Math.min(batchSize, interactions - start);
    }

    String describe() {
        return String.format("%s run: %,d registrations, %d sessions, %d on-demand videos, %,d interactions stored "
                        + "first (scale section), then %,d through the API in batches of %,d (%d warm-up), %d clients, "
                        + "seed %d; people section: %,d registrations; sections: %s", quick ? "quick" : "full",
                registrations, sessions, videos, runs("scale") ? scaleInteractions : 0, interactions, batchSize,
                warmupBatches, clients, seed, peopleRegistrations, sections.isEmpty() ? "all" : String.join(",", sections));
    }

    boolean runs(String section) {
        return sections.isEmpty() || sections.contains(section);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String string(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static boolean bool(String name, boolean fallback) {
        String value = string(name, null);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    private static int integer(String name, int fallback) {
        String value = string(name, null);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    private static long longValue(String name, long fallback) {
        String value = string(name, null);
        return value == null ? fallback : Long.parseLong(value.replace("_", ""));
    }
}
