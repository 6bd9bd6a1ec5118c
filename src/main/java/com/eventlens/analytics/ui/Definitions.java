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
    static final String REGISTERED = "The event's registrations, removed ones excluded.";
    static final String ATTENDEES = "Distinct people who viewed or did anything at the event: watched live, a recording "
            + "or on-demand content, reacted, chatted, answered a poll, asked, raised a hand or downloaded.";
    static final String ATTENDANCE_RATE = "Attendees who are registered ÷ registered.";
    static final String EVENT_MINUTES = "Live + recordings + content on-demand, over everyone.";
    static final String EVENT_ENGAGEMENT = "All engaged live seconds ÷ all live seconds, over everyone.";
    static final String EVENT_POLLS = "Each person's distinct polls answered, summed.";
    static final String EVENT_ATTACHMENTS = "Each person's distinct attachments downloaded, summed.";
    static final String LIVE_VIEWERS = "Distinct people with a live view in the minute (or bucket), in any session for "
            + "the event; a person in two sessions at once counts once.";
    static final String PEAK = "The most concurrent live viewers in any one minute, and the earliest minute that "
            + "reached it.";
    static final String ENGAGEMENT_SCORE = "0–100: each component earns weight × min(1, value ÷ cap) points, as set in "
            + "Settings > Engagement. Shown in whole points.";
    static final String AVERAGE_SCORE = "The mean of the attendees' engagement scores.";
    static final String BANDS = "Attendees by engagement score: Hot from 70, Warm from 40, Cold below 40.";
    static final String SESSION_ATTENDEES = "People who viewed the session or did anything in it (an attachment download "
            + "counts for the attachment's session).";
    static final String BREAKDOWN = "The attendees whose profile has that value; a person with several roles is in each "
            + "role's row, people without a value in \u201cNo value\u201d.";
    static final String DATA_AS_OF = "When the latest interaction included in these numbers was received.";

    private Definitions() {
    }
}
