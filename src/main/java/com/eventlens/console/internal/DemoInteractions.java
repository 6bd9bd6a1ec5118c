package com.eventlens.console.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.eventlens.content.Attachment;
import com.eventlens.content.Video;
import com.eventlens.interactions.Ingest;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.sessions.Session;

/**
 * What the demo event's people did, as their players would have reported it: view beacons every 10 seconds
 * (live, recordings, on-demand), reactions, chat, polls, Q&A, raised hands and downloads. Everything goes
 * through {@link Ingest}, the path of real data, so every number on a demo dashboard is computed.
 *
 * <p>Abbie Wilson is scripted to match the help-centre article's dashboard: 28:00 live (75 % engaged),
 * 37:10 of recordings, 25:00 of on-demand content over 15 videos, 6 reactions, 2 chat messages, 5 polls,
 * 2 Q&A threads and the keynote's 3 attachments. Everyone else is generated from a fixed seed.
 */
final class DemoInteractions {

    private static final int BEACON = 10;

    private final List<Session> sessions;
    private final List<Video> recordings;
    private final List<Video> onDemand;
    private final List<Attachment> attachments;
    private final List<NewInteraction> pending = new ArrayList<>();
    private final Ingest ingest;
    private int sent;

    DemoInteractions(Ingest ingest, List<Session> sessions, List<Video> recordings, List<Video> onDemand,
                     List<Attachment> attachments) {
        this.ingest = ingest;
        this.sessions = sessions;
        this.recordings = recordings;
        this.onDemand = onDemand;
        this.attachments = attachments;
    }

    /** Sends everyone's interactions; returns how many were sent. */
    int sendFor(List<Registration> people) {
        Random random = new Random(42);
        for (Registration person : people) {
            if (person.email().equals("abbie.wilson@kaltura.com")) {
                abbie(person.id());
            } else if (person.status() == RegistrationStatus.ATTENDED
                    || person.status() == RegistrationStatus.BLOCKED_FROM_CHAT) {
                attendee(person.id(), random);
            }
        }
        flush();
        return sent;
    }

    private void abbie(UUID abbie) {
        Session keynote = sessionNamed("Opening Keynote");
        Session masterclass = sessionNamed("Masterclass with Product Leaders");
        // 168 live beacons in the keynote, 126 of them engaged: 28:00 live at 75 %.
        for (int k = 0; k < 168; k++) {
            live(abbie, keynote, k, k % 4 != 3);
        }
        // 223 beacons of the masterclass's recording: 37:10.
        Video masterclassRecording = recordingOf(masterclass);
        for (int k = 0; k < 223; k++) {
            recording(abbie, masterclassRecording, masterclass, k * BEACON, afterEvent(k));
        }
        // 25:00 of on-demand content over 15 videos.
        int[] seconds = {300, 200, 150, 100, 100, 90, 80, 80, 70, 70, 60, 60, 50, 50, 40};
        for (int v = 0; v < seconds.length; v++) {
            for (int k = 0; k < seconds[v] / BEACON; k++) {
                onDemand(abbie, onDemand.get(v), k * BEACON, afterEvent(v * 100 + k));
            }
        }
        repeat(3, () -> other(InteractionType.REACTION, abbie, keynote, at(keynote, 60)));
        repeat(3, () -> other(InteractionType.REACTION, abbie, masterclass, at(masterclass, 600)));
        repeat(2, () -> other(InteractionType.CHAT_MESSAGE, abbie, keynote, at(keynote, 120)));
        for (int poll = 0; poll < 3; poll++) {
            pollAnswer(abbie, keynote, poll);
        }
        pollAnswer(abbie, keynote, 0); // a changed answer: still 3 polls in the keynote
        for (int poll = 0; poll < 2; poll++) {
            pollAnswer(abbie, masterclass, poll);
        }
        repeat(2, () -> other(InteractionType.QA_THREAD, abbie, masterclass, at(masterclass, 900)));
        attachments.stream().filter(a -> a.sessionId().equals(keynote.id()))
                .forEach(a -> download(abbie, a, at(keynote, 1500)));
    }

    private void attendee(UUID person, Random random) {
        double focus = 0.3 + random.nextDouble() * 0.65;
        for (Session session : sessions) {
            boolean live = random.nextDouble() < 0.45;
            int beacons = (int) (Duration.between(session.startsAt(), session.endsAt()).toSeconds() / BEACON);
            if (live) {
                int from = random.nextInt(Math.max(1, beacons / 3));
                int to = from + 1 + random.nextInt(beacons - from);
                for (int k = from; k < to; k++) {
                    live(person, session, k, random.nextDouble() < focus);
                }
                interactIn(person, session, random);
            }
            Video recording = recordingOf(session);
            if (recording != null && random.nextDouble() < (live ? 0.1 : 0.25)) {
                int start = random.nextInt(beacons / 2) * BEACON;
                int length = 1 + random.nextInt(beacons / 2);
                for (int k = 0; k < length; k++) {
                    recording(person, recording, session, start + k * BEACON, afterEvent(k));
                }
            }
        }
        for (Video video : onDemand) {
            if (random.nextDouble() < 0.12) {
                int beacons = video.durationSeconds() / BEACON;
                int watched = 1 + random.nextInt(beacons);
                for (int k = 0; k < watched; k++) {
                    onDemand(person, video, k * BEACON, afterEvent(k));
                }
                if (random.nextDouble() < 0.2) { // rewatches the opening
                    for (int k = 0; k < Math.min(6, watched); k++) {
                        onDemand(person, video, k * BEACON, afterEvent(watched + k));
                    }
                }
            }
        }
    }

    private void interactIn(UUID person, Session session, Random random) {
        repeat(random.nextInt(4), () -> other(InteractionType.REACTION, person, session, at(session, 300)));
        repeat(random.nextInt(3), () -> other(InteractionType.CHAT_MESSAGE, person, session, at(session, 400)));
        for (int poll = 0; poll < 3; poll++) {
            if (random.nextDouble() < 0.5) {
                pollAnswer(person, session, poll);
            }
        }
        if (random.nextDouble() < 0.15) {
            other(InteractionType.QA_THREAD, person, session, at(session, 500));
        }
        if (random.nextDouble() < 0.1) {
            other(InteractionType.RAISED_HAND, person, session, at(session, 700));
        }
        for (Attachment attachment : attachments) {
            if (attachment.sessionId().equals(session.id()) && random.nextDouble() < 0.3) {
                download(person, attachment, at(session, 900));
            }
        }
    }

    private void live(UUID person, Session session, int beacon, boolean engaged) {
        add(new NewInteraction(id(), InteractionType.VIEW, person, at(session, beacon * BEACON), session.id(), null,
                ViewMode.LIVE, BEACON, beacon * BEACON, engaged, null, null));
    }

    private void recording(UUID person, Video recording, Session session, int position, Instant at) {
        add(new NewInteraction(id(), InteractionType.VIEW, person, at, session.id(), null, ViewMode.RECORDING,
                BEACON, Math.min(position, recording.durationSeconds() - BEACON), null, null, null));
    }

    private void onDemand(UUID person, Video video, int position, Instant at) {
        add(new NewInteraction(id(), InteractionType.VIEW, person, at, null, video.id(), ViewMode.ON_DEMAND, BEACON,
                position, null, null, null));
    }

    private void pollAnswer(UUID person, Session session, int poll) {
        add(new NewInteraction(id(), InteractionType.POLL_ANSWER, person, at(session, 800), session.id(), null, null,
                null, null, null, DemoIds.of("poll:" + session.name() + ":" + poll), null));
    }

    private void download(UUID person, Attachment attachment, Instant at) {
        add(new NewInteraction(id(), InteractionType.ATTACHMENT_DOWNLOAD, person, at, null, null, null, null, null,
                null, null, attachment.id()));
    }

    private void other(InteractionType type, UUID person, Session session, Instant at) {
        add(new NewInteraction(id(), type, person, at, session.id(), null, null, null, null, null, null, null));
    }

    private void add(NewInteraction interaction) {
        pending.add(interaction);
        if (pending.size() == Ingest.MAX_BATCH) {
            flush();
        }
    }

    private void flush() {
        if (!pending.isEmpty()) {
            ingest.record(DemoIds.EVENT, List.copyOf(pending));
            sent += pending.size();
            pending.clear();
        }
    }

    private UUID id() {
        return DemoIds.of("interaction:" + (sent + pending.size()));
    }

    private Session sessionNamed(String name) {
        return sessions.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Video recordingOf(Session session) {
        return recordings.stream().filter(r -> session.id().equals(r.sessionId())).findFirst().orElse(null);
    }

    private static Instant at(Session session, int secondsIn) {
        return session.startsAt().plusSeconds(secondsIn);
    }

    /** Some time in the days after the event, when recordings and on-demand content are watched. */
    private Instant afterEvent(int step) {
        return sessions.get(sessions.size() - 1).endsAt().plus(Duration.ofDays(1)).plusSeconds(step * (long) BEACON);
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }
}
