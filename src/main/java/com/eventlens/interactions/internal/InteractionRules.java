package com.eventlens.interactions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.eventlens.interactions.InteractionError;
import com.eventlens.interactions.InteractionType;
import com.eventlens.interactions.NewInteraction;
import com.eventlens.interactions.ViewMode;

/**
 * SPEC.md §4's rules for one interaction: which fields its type needs, their ranges, and that everything it
 * refers to belongs to the event. Returns every problem, not just the first.
 */
final class InteractionRules {

    static final int MIN_SECONDS = 1;
    static final int MAX_SECONDS = 60;

    private InteractionRules() {
    }

    static List<InteractionError> check(int index, NewInteraction item, EventReferences refs) {
        List<InteractionError> errors = new ArrayList<>();
        Problems problems = (field, message) -> errors.add(new InteractionError(index, field, message));
        required(problems, "id", item.id());
        required(problems, "type", item.type());
        required(problems, "occurredAt", item.occurredAt());
        if (required(problems, "userId", item.userId()) && !refs.users().contains(item.userId())) {
            problems.add("userId", "no person " + item.userId() + " is registered to this event");
        }
        if (item.type() == null) {
            return errors;
        }
        switch (item.type()) {
            case VIEW -> checkView(problems, item, refs);
            case POLL_ANSWER -> {
                session(problems, item, refs);
                required(problems, "pollId", item.pollId());
            }
            case ATTACHMENT_DOWNLOAD -> checkDownload(problems, item, refs);
            case REACTION, CHAT_MESSAGE, QA_THREAD, RAISED_HAND -> session(problems, item, refs);
        }
        return errors;
    }

    private static void checkView(Problems problems, NewInteraction item, EventReferences refs) {
        if (item.seconds() != null && (item.seconds() < MIN_SECONDS || item.seconds() > MAX_SECONDS)) {
            problems.add("seconds", "must be between " + MIN_SECONDS + " and " + MAX_SECONDS + ", was " + item.seconds());
        }
        if (item.position() != null && item.position() < 0) {
            problems.add("position", "must not be negative, was " + item.position());
        }
        if (!required(problems, "mode", item.mode())) {
            return;
        }
        switch (item.mode()) {
            case LIVE -> {
                session(problems, item, refs);
                notUsed(problems, "contentId", item.contentId(), "a LIVE view");
            }
            case RECORDING -> {
                if (session(problems, item, refs) && !refs.recordedSessions().contains(item.sessionId())) {
                    problems.add("sessionId", "session " + item.sessionId() + " has no recording");
                }
                required(problems, "position", item.position());
                notUsed(problems, "contentId", item.contentId(), "a RECORDING view");
            }
            case ON_DEMAND -> {
                if (required(problems, "contentId", item.contentId())
                        && !refs.onDemandVideos().contains(item.contentId())) {
                    problems.add("contentId", "no on-demand content " + item.contentId() + " in this event");
                }
                required(problems, "position", item.position());
                notUsed(problems, "sessionId", item.sessionId(), "an ON_DEMAND view");
            }
        }
        if (item.mode() != ViewMode.LIVE && item.engaged() != null) {
            problems.add("engaged", "is reported for LIVE views only");
        }
    }

    private static void checkDownload(Problems problems, NewInteraction item, EventReferences refs) {
        if (!required(problems, "attachmentId", item.attachmentId())) {
            return;
        }
        UUID session = refs.attachmentSessions().get(item.attachmentId());
        if (session == null) {
            problems.add("attachmentId", "no attachment " + item.attachmentId() + " in this event");
        } else if (item.sessionId() != null && !item.sessionId().equals(session)) {
            problems.add("sessionId", "attachment " + item.attachmentId() + " belongs to session " + session);
        }
    }

    private static boolean session(Problems problems, NewInteraction item, EventReferences refs) {
        if (!required(problems, "sessionId", item.sessionId())) {
            return false;
        }
        if (!refs.sessions().contains(item.sessionId())) {
            problems.add("sessionId", "no session " + item.sessionId() + " in this event");
            return false;
        }
        return true;
    }

    private static boolean required(Problems problems, String field, Object value) {
        if (value == null) {
            problems.add(field, "is required");
            return false;
        }
        return true;
    }

    private static void notUsed(Problems problems, String field, Object value, String what) {
        if (value != null) {
            problems.add(field, "must not be set for " + what);
        }
    }

    /** The effective seconds of a VIEW beacon. */
    static int seconds(NewInteraction item) {
        return item.seconds() == null ? NewInteraction.DEFAULT_SECONDS : item.seconds();
    }

    /** The session an interaction counts for: its own, or for a download the attachment's. */
    static UUID session(NewInteraction item, EventReferences refs) {
        return item.type() == InteractionType.ATTACHMENT_DOWNLOAD
                ? refs.attachmentSessions().get(item.attachmentId())
                : item.sessionId();
    }

    @FunctionalInterface
    private interface Problems {
        void add(String field, String message);
    }
}
