package com.eventlens.people;

/** Where a registration stands. */
public enum RegistrationStatus {
    INVITED("Invited"),
    REGISTERED("Registered"),
    UNREGISTERED("Unregistered"),
    ATTENDED("Attended"),
    BLOCKED("Blocked"),
    BLOCKED_FROM_CHAT("Blocked from chat");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
