package com.eventlens.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic interactions for the {@link LargeEvent}, batch by batch. A batch is what a collector in front of
 * many players would forward: short runs of view beacons of many users (live in a session's window with
 * changing focus and sound; recordings and on-demand videos played on from a position), mixed with reactions,
 * chat messages, poll answers, Q&A threads, raised hands and attachment downloads. Every id refers to something
 * that exists, so every interaction is accepted.
 *
 * <p>Batch {@code b} depends only on the seed and {@code b}: it can be generated in any order, on any thread,
 * and again later — the COPY ceiling writes exactly the interactions that were sent through the API (same ids,
 * same values), as JSON for the one and in COPY's text format for the other.
 */
final class InteractionGenerator {

    private static final String[] REACTIONS_AND_CO = {"REACTION", "CHAT_MESSAGE", "POLL_ANSWER", "QA_THREAD",
            "RAISED_HAND", "ATTACHMENT_DOWNLOAD"};
    /** Cumulative shares (percent) of the non-view interaction types above. */
    private static final int[] NON_VIEW_SHARES = {45, 72, 86, 91, 95, 100};

    private final LargeEvent event;
    private final BenchmarkSettings settings;
    private final String[] people;
    private final String[] sessions;
    private final String[] videos;
    private final String[] attachments;
    private final String[] attachmentSessions;
    private final String[][] polls;

    InteractionGenerator(LargeEvent event, BenchmarkSettings settings) {
        this.event = event;
        this.settings = settings;
        this.people = strings(event.people);
        this.sessions = strings(event.sessions);
        this.videos = strings(event.videos);
        this.attachments = strings(event.attachments);
        this.attachmentSessions = strings(event.attachmentSessions);
        this.polls = new String[event.polls.length][];
        for (int s = 0; s < polls.length; s++) {
            polls[s] = strings(event.polls[s]);
        }
    }

    /** One interaction, reused while a batch is generated. Fields a type does not use are null / -1. */
    static final class Item {
        String id;
        String type;
        String user;
        long occurredAt;
        /** As sent: the session of a session interaction or a LIVE/RECORDING view; null for downloads. */
        String session;
        /** As stored: for a download the attachment's session. */
        String storedSession;
        String content;
        String mode;
        int seconds = -1;
        int position = -1;
        Boolean engaged;
        String poll;
        String attachment;

        private void clear() {
            session = storedSession = content = mode = poll = attachment = null;
            seconds = position = -1;
            engaged = null;
        }
    }

    interface ItemSink {
        void accept(Item item);
    }

    /** The request body of batch {@code b}: {@code {"interactions":[...]}}. */
    byte[] json(int batch) {
        return json(batch, settings.sizeOf(batch));
    }

    /** The request body of batch {@code b} of {@code size} interactions, also past the run's own batches. */
    byte[] json(int batch, int size) {
        StringBuilder out = new StringBuilder(size * 280);
        out.append("{\"interactions\":[");
        boolean[] first = {true};
        generate(batch, size, item -> {
            if (!first[0]) {
                out.append(',');
            }
            first[0] = false;
            appendJson(out, item);
        });
        out.append("]}");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Batch {@code b} as rows of the {@code interaction} table in COPY's text format, in the column order of
     * {@link #COPY_COLUMNS}, stored as one batch with the given id.
     */
    byte[] copyRows(int batch, UUID eventId, UUID batchId, String receivedAt) {
        return copyRows(batch, settings.sizeOf(batch), eventId, batchId, receivedAt);
    }

    /** Batch {@code b} of {@code size} interactions (one beyond the API's batches, for the scale section's fill). */
    byte[] copyRows(int batch, int size, UUID eventId, UUID batchId, String receivedAt) {
        StringBuilder out = new StringBuilder(size * 330);
        String prefix = eventId + "\t" + batchId + "\t";
        generate(batch, size, item -> appendCopyRow(out, prefix, item, receivedAt));
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static final String COPY_COLUMNS = "event_id, batch_id, id, type, user_id, occurred_at, session_id, content_id, "
            + "mode, seconds, position, engaged, poll_id, attachment_id, received_at";

    void generate(int batch, ItemSink sink) {
        generate(batch, settings.sizeOf(batch), sink);
    }

    void generate(int batch, int size, ItemSink sink) {
        SplittableRandom random = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + batch);
        Item item = new Item();
        int produced = 0;
        while (produced < size) {
            String user = people[pickAttendee(random)];
            if (random.nextInt(100) < 78) {
                produced += viewRun(random, user, size - produced, item, sink);
            } else {
                other(random, user, item);
                sink.accept(item);
                produced++;
            }
        }
    }

    /** Attendees are not equally busy: a quarter of them send about half of the interactions. */
    private int pickAttendee(SplittableRandom random) {
        double u = random.nextDouble();
        return (int) (event.attendees * u * u * 0.5 + event.attendees * u * 0.5) % event.attendees;
    }

    /** 1 to 12 consecutive beacons of one user on one medium; returns how many. */
    private int viewRun(SplittableRandom random, String user, int room, Item item, ItemSink sink) {
        int beacons = Math.min(room, 1 + random.nextInt(12));
        int kind = random.nextInt(100);
        if (kind < 50) {
            int s = random.nextInt(sessions.length);
            long at = event.sessionStarts[s].getEpochSecond() + random.nextInt(LargeEvent.SESSION_SECONDS - 120);
            boolean focused = random.nextInt(100) < 75;
            for (int i = 0; i < beacons; i++) {
                item.clear();
                base(random, item, "VIEW", user, at + 10L * i);
                item.session = item.storedSession = sessions[s];
                item.mode = "LIVE";
                item.seconds = 10;
                if (random.nextInt(100) < 15) {
                    focused = !focused;
                }
                item.engaged = focused;
                sink.accept(item);
            }
        } else if (kind < 75) {
            int r = random.nextInt(event.recordedSessions.length);
            int s = event.recordedSessions[r];
            played(random, user, beacons, event.recordingSeconds[r],
                    event.sessionStarts[s].getEpochSecond() + 86_400L + random.nextInt(7 * 86_400), item, sink, "RECORDING",
                    sessions[s], null);
        } else {
            int v = random.nextInt(videos.length);
            played(random, user, beacons, event.videoSeconds[v],
                    LargeEvent.START.getEpochSecond() + random.nextInt(14 * 86_400), item, sink, "ON_DEMAND", null,
                    videos[v]);
        }
        return beacons;
    }

    /** Beacons of playback from a position on: every 10 s, the last one maybe shorter at the media's end. */
    private void played(SplittableRandom random, String user, int beacons, int duration, long at, Item item,
                        ItemSink sink, String mode, String session, String content) {
        int position = random.nextInt(100) < 40 ? 0 : random.nextInt(duration);
        for (int i = 0; i < beacons; i++) {
            item.clear();
            base(random, item, "VIEW", user, at + 10L * i);
            item.session = item.storedSession = session;
            item.content = content;
            item.mode = mode;
            item.position = position;
            item.seconds = Math.max(1, Math.min(10, duration - position));
            sink.accept(item);
            position += item.seconds;
            if (position >= duration) {
                position = 0; // watched to the end: starts again
            }
        }
    }

    private void other(SplittableRandom random, String user, Item item) {
        item.clear();
        int roll = random.nextInt(100);
        int t = 0;
        while (roll >= NON_VIEW_SHARES[t]) {
            t++;
        }
        String type = REACTIONS_AND_CO[t];
        int s = random.nextInt(sessions.length);
        long at = event.sessionStarts[s].getEpochSecond() + random.nextInt(LargeEvent.SESSION_SECONDS);
        base(random, item, type, user, at);
        if (type.equals("ATTACHMENT_DOWNLOAD") && attachments.length > 0) {
            int a = random.nextInt(attachments.length);
            item.attachment = attachments[a];
            item.storedSession = attachmentSessions[a];
            return;
        }
        if (type.equals("ATTACHMENT_DOWNLOAD")) {
            item.type = "REACTION";
        }
        item.session = item.storedSession = sessions[s];
        if (type.equals("POLL_ANSWER")) {
            item.poll = polls[s][random.nextInt(polls[s].length)];
        }
    }

    private static void base(SplittableRandom random, Item item, String type, String user, long at) {
        item.id = LargeEvent.uuid(random).toString();
        item.type = type;
        item.user = user;
        item.occurredAt = at;
    }

    private static void appendJson(StringBuilder out, Item item) {
        out.append("{\"id\":\"").append(item.id)
                .append("\",\"type\":\"").append(item.type)
                .append("\",\"userId\":\"").append(item.user)
                .append("\",\"occurredAt\":\"").append(Instant.ofEpochSecond(item.occurredAt)).append('"');
        field(out, "sessionId", item.session);
        field(out, "contentId", item.content);
        field(out, "mode", item.mode);
        if (item.seconds >= 0) {
            out.append(",\"seconds\":").append(item.seconds);
        }
        if (item.position >= 0) {
            out.append(",\"position\":").append(item.position);
        }
        if (item.engaged != null) {
            out.append(",\"engaged\":").append(item.engaged.booleanValue());
        }
        field(out, "pollId", item.poll);
        field(out, "attachmentId", item.attachment);
        out.append('}');
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(",\"").append(name).append("\":\"").append(value).append('"');
        }
    }

    /** The row as the ingest API stores it (engaged is false, not null, on a LIVE view without focus). */
    private static void appendCopyRow(StringBuilder out, String prefix, Item item, String receivedAt) {
        out.append(prefix).append(item.id).append('\t').append(item.type).append('\t').append(item.user).append('\t')
                .append(Instant.ofEpochSecond(item.occurredAt)).append('\t');
        column(out, item.storedSession);
        column(out, item.content);
        column(out, item.mode);
        column(out, item.seconds >= 0 ? Integer.toString(item.seconds) : null);
        column(out, item.position >= 0 ? Integer.toString(item.position) : null);
        column(out, item.engaged == null ? null : item.engaged ? "t" : "f");
        column(out, item.poll);
        column(out, item.attachment);
        out.append(receivedAt).append('\n');
    }

    private static void column(StringBuilder out, String value) {
        out.append(value == null ? "\\N" : value).append('\t');
    }

    private static String[] strings(UUID[] ids) {
        String[] strings = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            strings[i] = ids[i].toString();
        }
        return strings;
    }
}
