package com.eventlens.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.eventlens.content.Attachment;
import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.PeopleRegistered;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionType;

/**
 * The benchmark's big event: sessions (every other one recorded, most with attachments), on-demand videos, and
 * many registrations. Everything but the registrations goes through the modules' facades, as the product
 * creates it. The registrations are bulk-loaded with PostgreSQL's COPY straight into the people module's
 * {@code registration} table, a shortcut for the benchmark's set-up only (100,000 single-row {@code register}
 * calls would take minutes and measure nothing we report), and then announced as a bulk invite announces them
 * ({@link PeopleRegistered}, a batch of 2,000 at a time), so that the ingest accepts them and the analytics name
 * them; the set-up waits until every module has taken them in, so that the timed load does not share the machine
 * with it.
 *
 * <p>All ids are drawn from the seed, so two runs with the same settings build the same event (but on a new
 * database each time).
 */
final class LargeEvent {

    static final Instant START = Instant.parse("2026-03-10T14:00:00Z");
    /** Sessions are 45 minutes, in two parallel tracks, one slot an hour. */
    static final int SESSION_SECONDS = 45 * 60;
    static final int POLLS_PER_SESSION = 4;
    /** As a bulk invite announces its people. */
    static final int ANNOUNCED_TOGETHER = 2_000;

    private static final String[] FIRST = {"Abbie", "Ben", "Carla", "Deniz", "Elif", "Farid", "Greta", "Hiro",
            "Ines", "Jonas", "Kemal", "Lena", "Malik", "Nora", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tara",
            "Ugo", "Vera", "Wen", "Ximena", "Yusuf", "Zoë", "Amélie", "Bjørn", "Chloé", "Dmitri", "Eszter", "Fatima"};
    private static final String[] LAST = {"Wilson", "Nguyen", "Garcia", "Müller", "Rossi", "Kowalski", "Yilmaz",
            "Okafor", "Tanaka", "Silva", "Novak", "Johansson", "Dubois", "Haddad", "Kim", "Patel", "O'Brien",
            "Schmidt", "Costa", "Ivanova", "Lund", "Moreau", "Sato", "Fischer", "Brown", "Lopez", "Jensen", "Ali"};
    private static final String[] COMPANIES = {"Kaltura", "Acme", "Globex", "Initech", "Umbrella", "Hooli",
            "Stark Industries", "Wayne Enterprises", "Tyrell", "Cyberdyne", ""};
    private static final String[] TITLES = {"Product manager", "Engineer", "Director of Marketing", "CTO",
            "Designer", "Sales lead", "Analyst", ""};
    private static final String[] INDUSTRIES = {"Video", "Software", "Finance", "Healthcare", "Education", "Retail", ""};
    private static final String[] COUNTRIES = {"US", "DE", "FR", "GB", "IL", "JP", "BR", "IN", "NL", "SE"};
    private static final SessionType[] TYPES = SessionType.values();

    final UUID id;
    final String ingestToken;
    final UUID[] people;
    /** People who take part (the first 70 % of {@link #people}); the rest registered and never came. */
    final int attendees;
    final UUID[] sessions;
    final Instant[] sessionStarts;
    /** Indexes into {@link #sessions} of the sessions that have a recording, and the recordings' lengths. */
    final int[] recordedSessions;
    final int[] recordingSeconds;
    final UUID[] videos;
    final int[] videoSeconds;
    final UUID[] attachments;
    final UUID[] attachmentSessions;
    final UUID[][] polls;
    final Timings timings;

    record Timings(long facadesMillis, long registrationsMillis) {
    }

    private LargeEvent(UUID id, String ingestToken, UUID[] people, UUID[] sessions, Instant[] sessionStarts,
                       int[] recordedSessions, int[] recordingSeconds, UUID[] videos, int[] videoSeconds,
                       UUID[] attachments, UUID[] attachmentSessions, UUID[][] polls, Timings timings) {
        this.id = id;
        this.ingestToken = ingestToken;
        this.people = people;
        this.attendees = Math.max(1, people.length * 7 / 10);
        this.sessions = sessions;
        this.sessionStarts = sessionStarts;
        this.recordedSessions = recordedSessions;
        this.recordingSeconds = recordingSeconds;
        this.videos = videos;
        this.videoSeconds = videoSeconds;
        this.attachments = attachments;
        this.attachmentSessions = attachmentSessions;
        this.polls = polls;
        this.timings = timings;
    }

    static LargeEvent create(BenchmarkApp app, BenchmarkSettings settings) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(settings.seed());
        long started = System.nanoTime();

        UUID id = uuid(random);
        int slots = (settings.sessions() + 1) / 2;
        Instant end = START.plusSeconds(slots * 3600L);
        app.bean(EventCatalog.class).save(new Event(id, "Benchmark Summit " + settings.seed(),
                "A large event generated by the benchmark", START, end, ZoneId.of("America/New_York")));

        Agenda agenda = app.bean(Agenda.class);
        MediaLibrary media = app.bean(MediaLibrary.class);
        UUID[] sessions = new UUID[settings.sessions()];
        Instant[] starts = new Instant[settings.sessions()];
        List<Integer> recorded = new ArrayList<>();
        List<Integer> recordingLengths = new ArrayList<>();
        List<UUID> attachments = new ArrayList<>();
        List<UUID> attachmentSessions = new ArrayList<>();
        UUID[][] polls = new UUID[settings.sessions()][POLLS_PER_SESSION];
        for (int s = 0; s < sessions.length; s++) {
            sessions[s] = uuid(random);
            starts[s] = START.plusSeconds((s / 2) * 3600L);
            agenda.schedule(new Session(id, sessions[s], "Session " + (s + 1) + ": " + topic(s), TYPES[s % TYPES.length],
                    starts[s], starts[s].plusSeconds(SESSION_SECONDS)));
            if (s % 2 == 0) {
                int length = SESSION_SECONDS - 60 * random.nextInt(10);
                media.publish(Video.recording(id, uuid(random), sessions[s], "Session " + (s + 1) + " (recording)", length));
                recorded.add(s);
                recordingLengths.add(length);
            }
            int files = s % 4 == 3 ? 0 : 1 + random.nextInt(3);
            for (int f = 0; f < files; f++) {
                UUID attachment = uuid(random);
                String[] kind = f == 0 ? new String[] {"Slides.pdf", "application/pdf"}
                        : f == 1 ? new String[] {"Logo.png", "image/png"} : new String[] {"Data.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"};
                media.attach(new Attachment(id, attachment, sessions[s], "S" + (s + 1) + " " + kind[0], kind[1],
                        10_000 + random.nextInt(5_000_000)));
                attachments.add(attachment);
                attachmentSessions.add(sessions[s]);
            }
            for (int p = 0; p < POLLS_PER_SESSION; p++) {
                polls[s][p] = uuid(random);
            }
        }
        UUID[] videos = new UUID[settings.videos()];
        int[] videoSeconds = new int[settings.videos()];
        for (int v = 0; v < videos.length; v++) {
            videos[v] = uuid(random);
            videoSeconds[v] = 120 + random.nextInt(3_480);
            media.publish(Video.onDemand(id, videos[v], "On-demand video " + (v + 1), videoSeconds[v]));
        }
        String token = app.bean(EventCatalog.class).issueIngestToken(id);
        long facades = System.nanoTime() - started;

        UUID[] people = new UUID[settings.registrations()];
        for (int i = 0; i < people.length; i++) {
            people[i] = uuid(random);
        }
        started = System.nanoTime();
        copyRegistrations(app, id, people, random);
        announceRegistrations(app, id, people);
        long registrations = System.nanoTime() - started;

        return new LargeEvent(id, token, people, sessions, starts, recorded.stream().mapToInt(i -> i).toArray(),
                recordingLengths.stream().mapToInt(i -> i).toArray(), videos, videoSeconds,
                attachments.toArray(UUID[]::new), attachmentSessions.toArray(UUID[]::new), polls,
                new Timings(facades / 1_000_000, registrations / 1_000_000));
    }

    /** COPY of the registrations in PostgreSQL's text format, 10,000 rows a write, then ANALYZE. */
    static void copyRegistrations(BenchmarkApp app, UUID eventId, UUID[] people, SplittableRandom random)
            throws SQLException {
        int attendees = people.length * 7 / 10;
        try (Connection connection = app.connect()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            CopyIn in = copy.copyIn("""
                    copy registration (event_id, id, first_name, last_name, email, roles, title, company, industry,
                                       country, registration_type, status, created_at) from stdin""");
            StringBuilder rows = new StringBuilder(2 << 20);
            try {
                for (int i = 0; i < people.length; i++) {
                    String first = FIRST[i % FIRST.length];
                    String last = LAST[(i / FIRST.length) % LAST.length];
                    String roles = i < 5 ? "{EVENT_MANAGER}" : i < 25 ? "{SPEAKER,ATTENDEE}" : i < 35 ? "{MODERATOR}"
                            : "{ATTENDEE}";
                    int kind = random.nextInt(100);
                    String type = kind < 60 ? "BULK_UPLOAD" : kind < 95 ? "REGISTRATION" : "INVITATION";
                    String status = i < attendees ? "ATTENDED" : kind < 95 ? "REGISTERED" : "INVITED";
                    rows.append(eventId).append('\t').append(people[i]).append('\t')
                            .append(first).append('\t').append(last).append('\t')
                            .append(ascii(first)).append('.').append(ascii(last)).append('.').append(i)
                            .append("@bench.example\t")
                            .append(roles).append('\t')
                            .append(TITLES[random.nextInt(TITLES.length)]).append('\t')
                            .append(COMPANIES[random.nextInt(COMPANIES.length)]).append('\t')
                            .append(INDUSTRIES[random.nextInt(INDUSTRIES.length)]).append('\t')
                            .append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append('\t')
                            .append(type).append('\t').append(status).append('\t')
                            .append(START.minusSeconds(60L + random.nextInt(60 * 86_400))).append('\n');
                    if (i % 10_000 == 9_999 || i == people.length - 1) {
                        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                        rows.setLength(0);
                    }
                }
                long copied = in.endCopy();
                if (copied != people.length) {
                    throw new IllegalStateException("COPY stored " + copied + " of " + people.length + " registrations");
                }
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            try (var statement = connection.createStatement()) {
                statement.execute("analyze registration");
            }
        }
    }

    /** What a bulk invite publishes after its COPY, in one transaction; then waits for the listeners. */
    private static void announceRegistrations(BenchmarkApp app, UUID eventId, UUID[] people) throws SQLException {
        ApplicationEventPublisher publisher = app.events();
        app.bean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (int from = 0; from < people.length; from += ANNOUNCED_TOGETHER) {
                publisher.publishEvent(new PeopleRegistered(eventId,
                        List.of(people).subList(from, Math.min(people.length, from + ANNOUNCED_TOGETHER))));
            }
        });
        try (Connection connection = app.connect(); var statement = connection.createStatement()) {
            while (true) {
                try (var rs = statement.executeQuery("select count(*) from event_publication where completion_date is null")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the modules took in the registrations", interrupted);
        }
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                .toLowerCase();
    }

    private static String topic(int s) {
        String[] topics = {"Opening Keynote", "Scaling Live Video", "Hybrid Events that Work", "Engagement by Design",
                "Analytics Deep Dive", "Panel: The Future of Webinars", "Security for Streaming", "Closing Keynote"};
        return topics[s % topics.length];
    }

    /** A version-4 UUID from the given generator (fast and reproducible, unlike {@link UUID#randomUUID()}). */
    static UUID uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
