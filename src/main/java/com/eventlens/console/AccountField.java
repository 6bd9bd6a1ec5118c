package com.eventlens.console;

/** A field of an account, as the dialogs and the JSON name it. */
public enum AccountField {
    USERNAME("username"),
    DISPLAY_NAME("displayName"),
    EMAIL("email"),
    ROLE("role"),
    PASSWORD("password"),
    CURRENT_PASSWORD("currentPassword");

    private final String json;

    AccountField(String json) {
        this.json = json;
    }

    /** The field's name in the API's JSON, e.g. {@code displayName}. */
    public String json() {
        return json;
    }
}
