package com.eventlens.analytics.ui;

import java.util.Locale;

/**
 * What every figure of the dashboards means: in plain words for the tooltip of its label, and precisely (SPEC.md §3)
 * for the user guide (Help), whose section {@code help#<anchor>} each tooltip links to.
 */
public enum Definitions {
    TOTAL_MINUTES("Total time viewed", "Everything this person watched: live sessions, recordings and on-demand videos.",
            "The seconds of all the person's view beacons (one every 10 s of playback), live + recordings + content "
                    + "on-demand, shown as hours:minutes:seconds."),
    SESSIONS_VIEWED("Sessions viewed", "How many sessions this person watched, live or as a recording.",
            "Distinct sessions with live or recording viewing seconds > 0."),
    AVERAGE_ENGAGEMENT("Average live engagement rate", "How attentive the person was in the sessions they watched "
            + "live, on average.", "The unweighted mean of the person's per-session live engagement rates, over the "
            + "sessions they watched live. “—” when they watched nothing live."),
    VIDEOS_VIEWED("Videos viewed", "How many on-demand videos this person watched (recordings of sessions not included).",
            "Distinct on-demand videos with viewing seconds > 0."),
    REACTIONS("Reactions", "Emoji reactions sent during sessions.", "The count of reactions."),
    CHAT("Chat messages sent", "Messages sent in the sessions' group chat.", "The count of chat messages sent."),
    POLL_RESPONSES("Poll responses", "Polls the person answered; answering one poll twice counts once.",
            "Distinct polls answered."),
    QA_THREADS("Q&A threads created", "Questions the person asked in Q&A.", "The count of Q&A threads opened."),
    ATTACHMENTS("Attachments downloaded", "Files the person downloaded; the same file twice counts once.",
            "Distinct attachments downloaded."),
    LIVE("Live", "Time spent watching sessions while they were live.",
            "The seconds of the person's live view beacons, as minutes:seconds."),
    RECORDINGS("Recordings", "Time spent watching recordings of sessions.",
            "The seconds of the person's recording view beacons, as minutes:seconds."),
    ON_DEMAND("Content on-demand", "Time spent watching on-demand videos uploaded to the event (not session recordings).",
            "The seconds of the person's on-demand view beacons, as minutes:seconds."),
    SESSION_MINUTES("Time viewed (session)", "How long the session was watched, live or as a recording.",
            "Live + recording viewing seconds of the session: hours:minutes:seconds for everyone together, "
                    + "minutes:seconds for one attendee on Session analytics, and minutes with one decimal in the "
                    + "Sessions table of User analytics (37.2 = 37 minutes 12 seconds)."),
    SESSION_ENGAGEMENT("Live engagement rate (session)", "How much of the live watching happened with the player in "
            + "view and the sound on. “—”: nothing watched live, so there is nothing to rate.",
            "Engaged live seconds ÷ live seconds in the session. A live beacon is engaged when the player tab was in "
                    + "focus (or full screen) and the sound was on."),
    RAISED_HANDS("Raised hands", "Times a hand was raised in the session.", "The count of raised hands."),
    SESSION_ATTACHMENTS("Attachments downloaded (session)", "How many of the session's files were downloaded, out of "
            + "all the files it offers.", "x = distinct attachments of the session downloaded, y = the session's "
            + "attachments."),
    POLLS_ANSWERED("Polls answered", "Polls of the session that were answered; answering one twice counts once.",
            "Distinct polls answered in the session (for everyone: each person's distinct polls, added up)."),
    COMPLETION("Completion rate", "How much of the video the person saw at least once.",
            "Every 10-second part of the video a view beacon touches counts once: parts × 10 s ÷ the video's "
                    + "duration, at most 100 %."),
    VIDEO_MINUTES("Time viewed (video)", "How long the video was watched.",
            "The seconds of the video's view beacons: minutes:seconds for one person, hours:minutes:seconds for "
                    + "everyone together."),
    UNIQUE_VIEWERS("Unique viewers", "People who watched, each counted once. Unlike attendees, people who only chatted, "
            + "reacted or downloaded are not viewers.",
            "Distinct people with viewing seconds > 0 (for a session: live or recording)."),
    AVERAGE_MINUTES("Average time viewed", "How long a viewer watched, on average.",
            "Total time viewed ÷ unique viewers."),
    TOTAL_ENGAGEMENT("Live engagement rate (all attendees)", "How attentive the live audience was, all together. "
            + "“—”: nothing watched live.", "All attendees' engaged live seconds ÷ all their live seconds."),
    AVERAGE_COMPLETION("Average completion rate", "How much of the video its viewers saw, on average. “—”: no viewers "
            + "yet.", "The mean of the viewers' completion rates."),
    DURATION("Duration", "How long the video is.", "The video's length, as minutes:seconds."),
    REGISTERED("Registered", "People registered to the event (removed ones not counted).",
            "The event's registrations, removed ones excluded."),
    ATTENDEES("Attendees (event)", "People who came: watched anything or took part in any way.",
            "Distinct people who watched live, a recording or on-demand content, reacted, chatted, answered a poll, "
                    + "asked, raised a hand or downloaded."),
    ATTENDANCE_RATE("Attendance rate", "The share of the registered people who came.",
            "Attendees who are registered ÷ registered."),
    EVENT_MINUTES("Time viewed (event)", "Everything everyone watched, live, recorded and on-demand.",
            "Live + recordings + content on-demand seconds over everyone, as hours:minutes:seconds."),
    EVENT_ENGAGEMENT("Live engagement rate (event)", "How attentive the live audience of all sessions was. “—”: nothing "
            + "watched live.", "All engaged live seconds ÷ all live seconds, over everyone."),
    EVENT_POLLS("Poll responses (event)", "Polls answered, each person's polls counted once.",
            "Each person's distinct polls answered, added up."),
    EVENT_ATTACHMENTS("Attachments downloaded (event)", "Files downloaded, each person's files counted once.",
            "Each person's distinct attachments downloaded, added up."),
    LIVE_VIEWERS("Concurrent live viewers", "How many people were watching live at the same time.",
            "Distinct people with a live view in the minute (or bucket), in any session for the event; a person in "
                    + "two sessions at once counts once."),
    PEAK("Peak live viewers", "The largest live audience at any one minute, and when it was first reached.",
            "The most concurrent live viewers in any one minute, and the earliest minute that reached it."),
    ENGAGEMENT_SCORE("Engagement score", "0 to 100: how much a person watched and took part, as the event's settings "
            + "weigh it.", "Each component earns weight × min(1, value ÷ cap) points, as set in Settings > Engagement; "
            + "shown in whole points."),
    AVERAGE_SCORE("Average engagement score", "The attendees' engagement scores, on average.",
            "The mean of the attendees' engagement scores."),
    BANDS("Engagement bands", "Attendees by engagement score: Hot from 70, Warm from 40, Cold below.",
            "Hot ≥ 70, Warm ≥ 40, Cold < 40; attendees only."),
    SESSION_ATTENDEES("Attendees (session)", "Everyone who watched the session or did anything in it: reacted, chatted, "
            + "answered a poll, downloaded one of its files…", "People with viewing seconds > 0 or any interaction in "
            + "the session (an attachment download counts for the attachment's session)."),
    BREAKDOWN("Breakdown", "The attendees who have that value in their profile.", "A person with several roles is in "
            + "each role's row; people without a value are in “No value”."),
    DATA_AS_OF("Data as of", "When the newest interaction in these figures arrived.",
            "The time the latest interaction included in these numbers was received, in the event's time zone.");

    private final String term;
    private final String plain;
    private final String precise;

    Definitions(String term, String plain, String precise) {
        this.term = term;
        this.plain = plain;
        this.precise = precise;
    }

    /** The figure's name in the user guide. */
    public String term() {
        return term;
    }

    /** What it means, in a sentence for an event manager (the tooltip). */
    public String plain() {
        return plain;
    }

    /** Exactly how it is computed (the user guide). */
    public String precise() {
        return precise;
    }

    /** Its section of the user guide: {@code help#live-engagement-rate-session}. */
    public String anchor() {
        return term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
