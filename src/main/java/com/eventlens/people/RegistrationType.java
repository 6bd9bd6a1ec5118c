package com.eventlens.people;

/** How a person came to be registered. */
public enum RegistrationType {
    REGISTRATION("Registration"),
    INVITATION("Invitation"),
    BULK_UPLOAD("Bulk upload");

    private final String label;

    RegistrationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
