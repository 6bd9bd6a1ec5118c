package com.eventlens.people;

import java.util.Arrays;
import java.util.List;

/**
 * Which people of an event the All users grid shows.
 *
 * @param search free text matched as substrings of name, e-mail and company, ignoring case; several words must
 *               all match (blank for everyone)
 * @param role   only people with this role, or {@code null}
 * @param status only people with this status, or {@code null}
 */
public record PeopleFilter(String search, EventRole role, RegistrationStatus status) {

    /** More words than this are ignored: they would only slow the query down. */
    public static final int MAX_WORDS = 5;
    public static final int MAX_SEARCH_LENGTH = 200;

    public static final PeopleFilter EVERYONE = new PeopleFilter("", null, null);

    public PeopleFilter {
        search = search == null ? "" : search.strip();
        if (search.length() > MAX_SEARCH_LENGTH) {
            search = search.substring(0, MAX_SEARCH_LENGTH);
        }
    }

    public static PeopleFilter role(EventRole role) {
        return new PeopleFilter("", role, null);
    }

    public static PeopleFilter search(String search) {
        return new PeopleFilter(search, null, null);
    }

    /** The search's words, at most {@link #MAX_WORDS}. */
    public List<String> words() {
        return search.isEmpty() ? List.of() : Arrays.stream(search.split("\\s+")).limit(MAX_WORDS).toList();
    }

    public boolean isEveryone() {
        return search.isEmpty() && role == null && status == null;
    }
}
