package com.eventlens.analytics.ui;

/** SPEC.md §3's definitions, shown as the tooltip of every metric label. */
final class Definitions {

    static final String TOTAL_MINUTES = "Live + recordings + content on-demand: the sum of the seconds of this "
            + "person's view beacons, in hours, minutes and seconds.";
    static final String SESSIONS_VIEWED = "Distinct sessions with live or recording viewing.";
    static final String AVERAGE_ENGAGEMENT = "Unweighted mean of the person's per-session live engagement rates, "
            + "over sessions watched live. A live beacon is engaged when the player was in focus (or full screen) "
            + "and the sound was on.";
    static final String VIDEOS_VIEWED = "Distinct on-demand videos watched (session recordings not included).";
    static final String REACTIONS = "Reactions sent, in all sessions.";
    static final String CHAT = "Group chat messages sent, in all sessions.";
    static final String POLL_RESPONSES = "Distinct polls answered; several answers to one poll count once.";
    static final String QA_THREADS = "Q&A threads opened.";
    static final String ATTACHMENTS = "Distinct attachments downloaded.";
    static final String LIVE = "Seconds of view beacons of sessions watched live.";
    static final String RECORDINGS = "Seconds of view beacons of session recordings.";
    static final String ON_DEMAND = "Seconds of view beacons of on-demand content uploaded to the event, "
            + "apart from session recordings.";
    static final String SESSION_MINUTES = "Live + recording viewing of this session, in minutes.";
    static final String SESSION_ENGAGEMENT = "Engaged live seconds ÷ live seconds in this session.";
    static final String RAISED_HANDS = "Hands raised in the session.";
    static final String SESSION_ATTACHMENTS = "Distinct attachments of this session downloaded ÷ attachments of "
            + "the session.";
    static final String POLLS_ANSWERED = "Distinct polls answered in the session.";
    static final String COMPLETION = "Share of the video watched at least once: every 10-second slot a beacon "
            + "overlaps counts once; slots × 10 ÷ duration, capped at 100 %.";
    static final String VIDEO_MINUTES = "Seconds of view beacons of this video, in minutes.";
    static final String UNIQUE_VIEWERS = "Distinct people with viewing seconds (live or recording for a session).";
    static final String AVERAGE_MINUTES = "Total minutes viewed ÷ unique viewers.";
    static final String TOTAL_ENGAGEMENT = "All attendees' engaged live seconds ÷ all their live seconds.";
    static final String AVERAGE_COMPLETION = "Mean of the viewers' completion rates.";
    static final String DATA_AS_OF = "When the latest interaction included in these numbers was received.";

    private Definitions() {
    }
}
