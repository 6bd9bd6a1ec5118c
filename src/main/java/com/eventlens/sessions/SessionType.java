package com.eventlens.sessions;

/** How a session is delivered. */
public enum SessionType {
    LIVE_WEBCAST("Live webcast"),
    PRE_RECORDED("Pre-recorded"),
    SIMULIVE("Simulive"),
    MEETING_ROOM("Meeting room");

    private final String label;

    SessionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
