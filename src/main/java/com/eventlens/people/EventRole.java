package com.eventlens.people;

/** What a person does at an event; one person may have several roles. */
public enum EventRole {
    EVENT_MANAGER("Event manager"),
    SPEAKER("Speaker"),
    MODERATOR("Moderator"),
    ATTENDEE("Attendee");

    private final String label;

    EventRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
