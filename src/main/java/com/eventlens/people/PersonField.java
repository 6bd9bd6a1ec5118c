package com.eventlens.people;

/** A field of a person's profile, as the invite and edit dialogs and the bulk invite CSV name it. */
public enum PersonField {
    FIRST_NAME("first_name"),
    LAST_NAME("last_name"),
    EMAIL("email"),
    ROLES("roles"),
    TITLE("title"),
    COMPANY("company"),
    INDUSTRY("industry"),
    COUNTRY("country");

    private final String column;

    PersonField(String column) {
        this.column = column;
    }

    /** The column of the bulk invite CSV, e.g. {@code first_name}. */
    public String column() {
        return column;
    }
}
